import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminSession, authRoutes, json, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const range = { from: '2026-01-01T00:00:00.000Z', to: '2026-01-02T00:00:00.000Z' };
const entry = (id: string, name: string | null, requests: number, costUsd: string) => ({
  id,
  name,
  requests,
  errors: 0,
  inputTokens: requests * 1000,
  outputTokens: requests * 100,
  cacheReadTokens: 0,
  cacheWriteTokens: 0,
  costUsd,
  avgDurationMs: 900,
});
const ITEMS = {
  user: [entry('u1', 'alice', 120, '7.5'), entry('u2', null, 40, '2.5')],
  provider: [entry('p1', 'anthropic-main', 160, '10')],
  model: [entry('claude-sonnet-4-5', 'claude-sonnet-4-5', 160, '10')],
} as const;

/** Selects a Radix tab the way a mouse does. */
function selectTab(name: string) {
  const tab = screen.getByRole('tab', { name });
  fireEvent.mouseDown(tab, { button: 0 });
  fireEvent.click(tab);
}

function setup(items: Partial<Record<keyof typeof ITEMS, readonly unknown[]>> = ITEMS) {
  const requested: URLSearchParams[] = [];
  mockApi({
    ...authRoutes(adminSession),
    'GET /admin/stats/leaderboard': () => {
      const query = requested.at(-1);
      const by = (query?.get('by') ?? 'user') as keyof typeof ITEMS;
      return json(200, { range, by, items: items[by] ?? [] });
    },
  });
  // Record the query string before the mock answers (mockApi keeps paths only).
  const inner = globalThis.fetch;
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    if (url.pathname === '/admin/stats/leaderboard') requested.push(url.searchParams);
    return inner(input, init);
  };
  return requested;
}

const asObject = (query: URLSearchParams | undefined) => Object.fromEntries(query ?? []);

describe('leaderboard', () => {
  it('ranks users by cost for the last 24 hours first', async () => {
    const requested = setup();
    renderApp({ path: '/leaderboard' });
    const table = await screen.findByRole('table', { name: 'Users ranked by cost, Last 24 hours' }, { timeout: 4000 });
    expect(asObject(requested.at(-1))).toEqual({ period: 'day', by: 'user', limit: '50' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]?.textContent).toContain('alice');
    expect(within(rows[0] as HTMLElement).getByText('$7.50')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText('75%')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText('132K')).toBeTruthy();
    expect(rows[1]?.textContent).toContain('Deleted (u2)');
  });

  it('requests the dimension and period of the selected tabs', async () => {
    const requested = setup();
    renderApp({ path: '/leaderboard' });
    await screen.findByRole('table', { name: /^Users/ }, { timeout: 4000 });

    selectTab('Providers');
    const providers = await screen.findByRole('table', { name: 'Providers ranked by cost, Last 24 hours' });
    expect(within(providers).getByText('anthropic-main')).toBeTruthy();
    expect(asObject(requested.at(-1))).toEqual({ period: 'day', by: 'provider', limit: '50' });

    selectTab('Last 30 days');
    await screen.findByRole('table', { name: 'Providers ranked by cost, Last 30 days' });
    await waitFor(() => expect(asObject(requested.at(-1))).toEqual({ period: 'month', by: 'provider', limit: '50' }));

    selectTab('Models');
    const models = await screen.findByRole('table', { name: 'Models ranked by cost, Last 30 days' });
    expect(within(models).getByText('claude-sonnet-4-5')).toBeTruthy();
    expect(asObject(requested.at(-1))).toEqual({ period: 'month', by: 'model', limit: '50' });
  });

  it('shows an empty state when nothing was recorded', async () => {
    setup({});
    renderApp({ path: '/leaderboard' });
    expect(await screen.findByText('No rankings yet', {}, { timeout: 4000 })).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('offers the cost report for the picked days, grouped in the order ticked; no grouping, no link', async () => {
    setup();
    renderApp({ path: '/leaderboard' });
    const download = await screen.findByRole('link', { name: 'Download' }, { timeout: 4000 });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-03-01' } });
    fireEvent.change(screen.getByLabelText('To (inclusive)'), { target: { value: '2026-03-31' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'User' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Provider' }));
    const url = new URL(download.getAttribute('href') ?? '', 'http://localhost');
    expect(url.pathname).toBe('/admin/reports/cost');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      from: new Date(2026, 2, 1).toISOString(),
      to: new Date(2026, 3, 1).toISOString(), // the end of the last day picked
      by: 'model,provider',
      format: 'xlsx',
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Model' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Provider' }));
    expect(screen.queryByRole('link', { name: 'Download' })).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('at least one grouping');
  });
});
