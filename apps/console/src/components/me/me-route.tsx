import { getRouteApi } from '@tanstack/react-router';
import { MePage } from './me-page';

const route = getRouteApi('/_auth/me');

export function MeRoute() {
  const { session } = route.useRouteContext();
  return <MePage sessionName={session.name} />;
}
