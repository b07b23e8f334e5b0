import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { rootRoute } from './__root';

/** Pathless layout: everything below needs a session; without one, go to /login and come back. */
export const authRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_auth',
  beforeLoad: async ({ context, location }) => {
    const session = await context.auth.getSession();
    if (!session) {
      throw redirect({
        to: '/login',
        search: location.href === '/' ? {} : { redirect: location.href },
        replace: true,
      });
    }
    return { session };
  },
  component: lazyRouteComponent(() => import('../components/shell/auth-layout'), 'AuthLayout'),
});
