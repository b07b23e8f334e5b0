import { createRoute } from '@tanstack/react-router';
import { logFiltersSchema } from '../../../api/logs';
import { LogsPage } from '../../../components/logs/logs-page';
import { adminRoute } from '../_admin';

export const logsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/logs',
  validateSearch: logFiltersSchema,
  component: LogsRoute,
});

/** The filters live in the URL (shareable, back/forward work); the page only sees values and a setter. */
function LogsRoute() {
  const filters = logsRoute.useSearch();
  const navigate = logsRoute.useNavigate();
  return <LogsPage filters={filters} onFiltersChange={(next) => void navigate({ search: next, replace: true })} />;
}
