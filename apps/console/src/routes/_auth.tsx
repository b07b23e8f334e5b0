import { createRoute, Outlet, redirect } from '@tanstack/react-router';
import { AppShell } from '../components/shell/app-shell';
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
  component: AuthLayout,
});

function AuthLayout() {
  const { session } = authRoute.useRouteContext();
  return (
    <AppShell session={session}>
      <Outlet />
    </AppShell>
  );
}
