import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { apiRequest } from '../api/client';
import { getCsrfToken } from '../api/csrf-token';
import { adminSession, authRoutes, json, mockApi, problem, userSession } from '../test/mock-api';
import { openMenu } from '../test/open-menu';
import { renderApp } from '../test/render-app';

async function signIn(token: string) {
  fireEvent.change(await screen.findByLabelText('Token'), { target: { value: token } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('auth flow through the router', () => {
  it('sends a visitor without a session to /login and back where they were going', async () => {
    mockApi(authRoutes(null, adminSession));
    const { router } = renderApp({ path: '/providers' });

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toEqual({ redirect: '/providers' });

    await signIn('good-token');

    expect(await screen.findByRole('heading', { level: 1, name: 'Providers' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/providers');
  });

  it('lands on the dashboard after a plain login', async () => {
    mockApi(authRoutes(null, adminSession));
    const { router } = renderApp({ path: '/login' });

    await signIn('good-token');

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/');
  });

  it('mentions a secure cookie on the login page only when the gateway sets one', async () => {
    const secureLine = 'Your session is kept in a secure cookie on this browser.';
    mockApi(authRoutes(null, adminSession));
    const secure = renderApp({ path: '/login' });
    expect(await screen.findByText(secureLine)).toBeTruthy();
    secure.unmount();

    const api = mockApi({
      ...authRoutes(null, adminSession),
      'GET /admin/console-config': () =>
        json(200, { siteTitle: 'Claude Code Hub', displayCurrency: 'USD', usdExchangeRate: '1', secureCookies: false }),
    });
    renderApp({ path: '/login' });
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    await waitFor(() => expect(api.callsTo('GET', '/admin/console-config')).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50)); // let the answer render
    expect(screen.queryByText(secureLine)).toBeNull();
  });

  it('ignores an off-site redirect target', async () => {
    mockApi(authRoutes(null, adminSession));
    const { router } = renderApp({ path: '/login?redirect=%2F%2Fevil.example' });

    await signIn('good-token');

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });

  it('shows a key holder only "My usage" and the usage guide, and keeps them off admin pages', async () => {
    mockApi(authRoutes(userSession));
    const { router } = renderApp({ path: '/providers' });

    expect(await screen.findByRole('heading', { level: 1, name: 'My usage' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/me');
    const nav = screen.getAllByRole('navigation', { name: 'Main navigation' })[0];
    if (!nav) throw new Error('navigation not rendered');
    const links = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual(['My usage', 'Usage guide']);
  });

  it('shows the whole navigation to an admin', async () => {
    mockApi(authRoutes(adminSession));
    renderApp({ path: '/' });

    const nav = (await screen.findAllByRole('navigation', { name: 'Main navigation' }))[0];
    if (!nav) throw new Error('navigation not rendered');
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Dashboard',
      'Request logs',
      'Leaderboard',
      'Sessions',
      'Quotas',
      'Availability',
      'Providers',
      'Users & keys',
      'Model prices',
      'Upstream errors',
      'Notifications',
      'Request rules',
      'Settings',
      'Audit log',
      'Data',
      'Usage guide',
    ]);
  });

  it('logs out with the CSRF token and returns to /login', async () => {
    const api = mockApi(authRoutes(adminSession));
    const { router } = renderApp({ path: '/' });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(getCsrfToken()).toBe(adminSession.csrfToken);

    openMenu(screen.getByRole('button', { name: 'Account menu' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Log out' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    const [logout] = api.callsTo('POST', '/admin/auth/logout');
    expect(logout?.headers.get('x-csrf-token')).toBe(adminSession.csrfToken);
    expect(getCsrfToken()).toBeNull();
  });

  it('shows an error page (not the login form) when the gateway fails to answer /me', async () => {
    // The router and React log the (expected) failed load; keep the test output clean.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    mockApi({ 'GET /admin/auth/me': () => problem(500, 'Internal Server Error', 'database unavailable') });
    renderApp({ path: '/' });
    expect(await screen.findByText('database unavailable')).toBeTruthy();
  });

  it('goes back to /login when the session expires while using the console', async () => {
    const routes = authRoutes(adminSession);
    mockApi({ ...routes, 'GET /admin/stats': () => problem(401, 'Unauthorized', 'Session expired') });
    const { router, queryClient } = renderApp({ path: '/logs' });
    await screen.findByRole('heading', { level: 1, name: 'Request logs' });

    await queryClient
      .fetchQuery({ queryKey: ['stats'], queryFn: () => apiRequest('/admin/stats', { schema: z.unknown() }) })
      .catch(() => undefined);

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(router.state.location.search).toEqual({ redirect: '/logs' });
    expect(getCsrfToken()).toBeNull();
  });

  it('fetches the data of a page whose link is pointed at, before it is opened', async () => {
    const api = mockApi({ ...authRoutes(adminSession), 'GET /admin/providers': () => json(200, { items: [] }) });
    const { router } = renderApp({ path: '/' });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(api.callsTo('GET', '/admin/providers')).toHaveLength(0);
    const nav = screen.getAllByRole('navigation', { name: 'Main navigation' })[0];
    fireEvent.mouseEnter(within(nav as HTMLElement).getByRole('link', { name: 'Providers' }));
    await waitFor(() => expect(api.callsTo('GET', '/admin/providers')).toHaveLength(1));
    expect(router.state.location.pathname).toBe('/');
  });
});
