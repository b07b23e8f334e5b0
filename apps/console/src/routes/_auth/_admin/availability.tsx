import { createRoute } from '@tanstack/react-router';
import { AvailabilityPage } from '../../../components/availability/availability-page';
import { adminRoute } from '../_admin';

export const availabilityRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/availability',
  component: AvailabilityPage,
});
