import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Session } from '@cch/contract';
import { describe, expect, it } from 'vitest';
import type { StatsTotals } from '../../api/stats';
import { adminSession, authRoutes, json, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const zero: StatsTotals = {
  requests: 0,
  errors: 0,
  inputTokens: 0,
  outputTokens: 0,
  cacheReadTokens: 0,
  cacheWriteTokens: 0,
  costUsd: '0',
  avgDurationMs: 0,
};
const busy: StatsTotals = {
  requests: 1200,
  errors: 60,
  inputTokens: 900_000,
  outputTokens: 250_000,
  cacheReadTokens: 40_000,
  cacheWriteTokens: 10_000,
  costUsd: '48.5',
  avgDurationMs: 1450,
};
const range = { from: '2026-01-01T00:00:00.000Z', to: '2026-01-02T00:00:00.000Z' };

function statsRoutes(totals: StatsTotals) {
  const traffic = totals.requests > 0;
  return {
    ...authRoutes(adminSession),
    'GET /admin/stats': () => json(200, { range, totals }),
    'GET /admin/stats/timeseries': () =>
      json(200, { range, bucket: 'hour', points: traffic ? [{ ...totals, at: '2026-01-01T10:00:00.000Z' }] : [] }),
    'GET /admin/stats/leaderboard': () => json(200, { range, by: 'user', items: [] }),
    'GET /admin/sessions': () => json(200, { items: [] }),
  };
}

/** Full URLs fetched (mockApi records paths only; the stats calls differ by query string). */
function fetchedUrls(fetchMock: { mock: { calls: unknown[][] } }): string[] {
  return fetchMock.mock.calls.map(([input]) => String(input));
}

describe('dashboard', () => {
  it('shows the headline numbers, provider performance and top users', async () => {
    const { fetchMock } = mockApi({
      ...statsRoutes(busy),
      'GET /admin/stats/leaderboard': () => {
        const url = fetchedUrls(fetchMock).at(-1) ?? '';
        const by = new URL(url, 'http://localhost').searchParams.get('by');
        const items =
          by === 'provider'
            ? [
                {
                  ...busy,
                  id: 'p1',
                  name: 'anthropic-main',
                  requests: 1000,
                  errors: 100,
                  avgDurationMs: 2300,
                  costUsd: '40',
                },
              ]
            : [
                { ...busy, id: 'u1', name: 'alice', costUsd: '30.25', requests: 700 },
                { ...busy, id: 'u2', name: null, costUsd: '18.25' },
              ];
        return json(200, { range, by, items });
      },
      'GET /admin/sessions': () =>
        json(200, {
          items: [1, 2, 3].map(
            (n): Session => ({
              id: `s${n}`,
              live: true,
              firstSeenAt: range.from,
              lastSeenAt: range.to,
              boundProviderId: null,
              userId: null,
              keyId: null,
              providerId: null,
              requests: 1,
              inputTokens: 1,
              outputTokens: 1,
              costUsd: '0',
            }),
          ),
        }),
    });
    renderApp({ path: '/' });

    const requests = (await screen.findByRole('heading', { name: 'Requests', level: 3 })).closest('section');
    if (!requests) throw new Error('no requests card');
    expect(within(requests).getByText('1,200')).toBeTruthy();
    expect(within(requests).getByText('Average 1.45 sec each')).toBeTruthy();
    const cost = screen.getByRole('heading', { name: 'Cost', level: 3 }).closest('section');
    expect(cost && within(cost).getByText('$48.50')).toBeTruthy();
    const errors = screen.getByRole('heading', { name: 'Error rate', level: 3 }).closest('section');
    expect(errors && within(errors).getByText('5%')).toBeTruthy();
    expect(errors && within(errors).getByText('60 failed requests')).toBeTruthy();
    const tokens = screen.getByRole('heading', { name: 'Tokens', level: 3 }).closest('section');
    expect(tokens && within(tokens).getByText('1.2M')).toBeTruthy();
    const sessions = screen.getByRole('heading', { name: 'Active sessions', level: 3 }).closest('section');
    await waitFor(() => expect(sessions && within(sessions).getByText('3')).toBeTruthy());

    const providers = await screen.findByRole('table', { name: 'Provider performance' });
    const row = within(providers).getByText('anthropic-main').closest('tr');
    if (!row) throw new Error('no provider row');
    expect(within(row).getByText('1,000')).toBeTruthy();
    expect(within(row).getByText('10%')).toBeTruthy();
    expect(within(row).getByText('2.3 sec')).toBeTruthy();

    const top = await screen.findByRole('list', { name: 'Top users' });
    expect(within(top).getByText('alice')).toBeTruthy();
    expect(within(top).getByText('$30.25')).toBeTruthy();
    expect(within(top).getByText('Deleted (u2)')).toBeTruthy();
    expect(screen.queryByText('No traffic yet')).toBeNull();
  });

  it('shows an empty state instead of charts when there was no traffic', async () => {
    const { fetchMock } = mockApi(statsRoutes(zero));
    renderApp({ path: '/' });
    expect(await screen.findByText('No traffic yet')).toBeTruthy();
    const requests = screen.getByRole('heading', { name: 'Requests', level: 3 }).closest('section');
    expect(requests && within(requests).getByText('0')).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Provider performance' })).toBeNull();
    expect(fetchedUrls(fetchMock).some((u) => u.startsWith('/admin/stats/timeseries'))).toBe(false);
  });

  it('asks the API for the picked period', async () => {
    const { fetchMock } = mockApi(statsRoutes(busy));
    renderApp({ path: '/' });
    await screen.findByRole('heading', { name: 'Requests', level: 3 });
    expect(fetchedUrls(fetchMock)).toContain('/admin/stats?period=day');
    expect(fetchedUrls(fetchMock)).toContain('/admin/stats/timeseries?period=day&bucket=hour');

    const week = screen.getByRole('tab', { name: 'Last 7 days' });
    fireEvent.mouseDown(week);
    fireEvent.click(week);
    await waitFor(() => expect(fetchedUrls(fetchMock)).toContain('/admin/stats?period=week'));
    await waitFor(() => expect(fetchedUrls(fetchMock)).toContain('/admin/stats/timeseries?period=week&bucket=day'));
    expect(fetchedUrls(fetchMock)).toContain('/admin/stats/leaderboard?period=week&by=provider&limit=100');
  });
});
