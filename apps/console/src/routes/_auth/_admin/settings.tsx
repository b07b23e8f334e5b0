import { createRoute } from '@tanstack/react-router';
import { SettingsPage } from '../../../components/settings/settings-page';
import { adminRoute } from '../_admin';

export const settingsRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/settings',
  component: SettingsPage,
});
