import { getRouteApi } from '@tanstack/react-router';
import { LogsPage } from './logs-page';

const route = getRouteApi('/_auth/_admin/logs');

/** The filters live in the URL (shareable, back/forward work); the page only sees values and a setter. */
export function LogsRoute() {
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  return <LogsPage filters={filters} onFiltersChange={(next) => void navigate({ search: next, replace: true })} />;
}
