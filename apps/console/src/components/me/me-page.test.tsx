import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { authRoutes, json, mockApi, userSession } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { HOUR, makeKey, makeUsage, makeUser, noLimits } from '../users/test-fixtures';

// The whole app renders in each test; on a busy machine the first paint can take a few seconds.
configure({ asyncUtilTimeout: 5000 });

const totals = (requests: number, cost: string) => ({
  requests,
  errors: 1,
  inputTokens: 1200,
  outputTokens: 300,
  cacheReadTokens: 0,
  cacheWriteTokens: 0,
  costUsd: cost,
  avgDurationMs: 800,
});

const alice = makeUser({ id: 'u1', name: 'alice', limits: { ...noLimits, usdDaily: '10' } });
const current = makeKey({
  id: 'k1',
  name: 'laptop',
  keyPrefix: 'sk-abc123',
  consoleAccess: true,
  limits: { ...noLimits, rpm: 30 },
});
const other = makeKey({ id: 'k2', name: 'ci', keyPrefix: 'sk-def456' });

function routes() {
  return {
    ...authRoutes(userSession),
    'GET /admin/me': () => json(200, { role: 'user', name: 'alice', user: alice, key: current }),
    'GET /admin/me/usage': () =>
      json(200, {
        user: makeUsage('user', 'u1', [
          {
            limit: 'usdDaily',
            name: 'user daily USD limit',
            shape: 'fixed',
            resetAt: Date.now() + 5 * HOUR,
            exhausted: false,
            unit: 'usd',
            current: '8.5',
            max: '10',
            since: null,
          },
        ]),
        key: makeUsage('key', 'k1', [
          {
            limit: 'rpm',
            name: 'key RPM limit',
            shape: 'sliding',
            resetAt: Date.now() + 20_000,
            exhausted: false,
            unit: 'requests',
            current: 3,
            max: 30,
          },
        ]),
      }),
    'GET /admin/me/keys': () => json(200, { items: [current, other] }),
    'GET /admin/me/stats': () =>
      json(200, {
        range: { from: '2025-01-01T00:00:00Z', to: '2025-01-02T00:00:00Z' },
        user: totals(42, '3.25'),
        key: totals(40, '3'),
      }),
  };
}

describe('my usage (a key holder)', () => {
  it('shows own requests, cost, tokens, quotas with bars, and own keys read-only', async () => {
    const api = mockApi(routes());
    renderApp({ path: '/me' });

    expect(await screen.findByText('42')).toBeTruthy();
    expect(screen.getByText('$3.25')).toBeTruthy();
    expect(screen.getByText('This key: $3.00')).toBeTruthy();
    expect(screen.getByText('1.5K')).toBeTruthy();

    const daily = await screen.findByRole('progressbar', { name: 'Daily spend (USD): $8.50 / $10.00' });
    expect(daily.getAttribute('aria-valuenow')).toBe('85');
    expect(daily.getAttribute('data-tone')).toBe('warning');
    expect(screen.getByText('Resets in 5 hours')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Requests per minute: 3 / 30' })).toBeTruthy();

    const ciRow = screen.getByText('ci').closest('tr');
    if (!ciRow) throw new Error('no row');
    expect(within(ciRow).getByText('sk-def456…')).toBeTruthy();
    const laptopRow = screen
      .getAllByText('laptop')
      .map((el) => el.closest('tr'))
      .find(Boolean);
    if (!laptopRow) throw new Error('no row');
    expect(within(laptopRow).getByText('This key')).toBeTruthy();

    // A key holder cannot reset, toggle or delete anything.
    expect(screen.queryByRole('button', { name: 'Reset usage' })).toBeNull();
    expect(screen.queryByRole('switch')).toBeNull();
    expect(screen.queryByRole('button', { name: /Delete/ })).toBeNull();
    expect(api.callsTo('GET', '/admin/users')).toHaveLength(0);
  });

  it('switches the usage period', async () => {
    const api = mockApi(routes());
    renderApp({ path: '/me' });
    await screen.findByText('42');
    const urls = () => api.fetchMock.mock.calls.map(([input]) => String(input));
    expect(urls().filter((u) => u.includes('period=week'))).toHaveLength(0);
    const week = screen.getByRole('tab', { name: 'Last 7 days' });
    fireEvent.mouseDown(week);
    fireEvent.click(week);
    await waitFor(() => expect(urls().filter((u) => u.includes('/admin/me/stats?period=week'))).toHaveLength(1));
    await waitFor(() => expect(week.getAttribute('aria-selected')).toBe('true'));
  });
});
