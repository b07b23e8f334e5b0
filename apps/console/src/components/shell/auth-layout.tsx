import { getRouteApi, Outlet } from '@tanstack/react-router';
import { AppShell } from './app-shell';

const route = getRouteApi('/_auth');

/** The signed-in frame (navigation, header) around every page but the login page. */
export function AuthLayout() {
  const { session } = route.useRouteContext();
  return (
    <AppShell session={session}>
      <Outlet />
    </AppShell>
  );
}
