import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { preload } from '../../../api/preload';
import { environmentQueryOptions, settingsQueryOptions } from '../../../api/settings';
import { adminRoute } from '../_admin';

export const settingsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/settings',
  loader: ({ context: { queryClient } }) =>
    preload(
      queryClient.ensureQueryData(settingsQueryOptions()),
      queryClient.ensureQueryData(environmentQueryOptions()),
    ),
  component: lazyRouteComponent(() => import('../../../components/settings/settings-page'), 'SettingsPage'),
});
