import { createRoute, redirect } from '@tanstack/react-router';
import { authRoute } from '../_auth';

/** Pathless layout for admin-only pages: a key holder is sent to their own usage instead. */
export const adminRoute = createRoute({
  getParentRoute: () => authRoute,
  id: '_admin',
  beforeLoad: ({ context }) => {
    if (context.session.role !== 'admin') throw redirect({ to: '/me', replace: true });
  },
});
