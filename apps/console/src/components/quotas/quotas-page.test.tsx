import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { QuotaOverviewRow } from '../../api/quotas';
import { adminSession, authRoutes, json, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const inAnHour = Date.now() + 3_600_000;
const row = (overrides: Partial<QuotaOverviewRow>): QuotaOverviewRow => ({
  subject: { kind: 'user', id: 'u1' },
  name: 'alice',
  userId: null,
  userName: null,
  enabled: true,
  closestShare: 0.9,
  closestLimit: 'usdDaily',
  nextResetAt: inAnHour,
  entries: [
    {
      limit: 'usdDaily',
      name: 'daily',
      shape: 'fixed',
      resetAt: inAnHour,
      exhausted: false,
      unit: 'usd',
      current: '9',
      max: '10',
    },
  ],
  ...overrides,
});

describe('quotas page', { timeout: 30_000 }, () => {
  it('shows each limited user and key with its nearest limit and every limit bar', async () => {
    const api = mockApi({
      ...authRoutes(adminSession),
      'GET /admin/quotas': () =>
        json(200, {
          items: [
            row({}),
            row({
              subject: { kind: 'key', id: 'k1' },
              name: 'ci-key',
              userId: 'u2',
              userName: 'bob',
              closestShare: 1,
              closestLimit: 'rpm',
              entries: [
                {
                  limit: 'rpm',
                  name: 'rpm',
                  shape: 'rolling',
                  resetAt: inAnHour,
                  exhausted: true,
                  unit: 'requests',
                  current: 60,
                  max: 60,
                },
              ],
            }),
          ],
          unlimited: 4,
        }),
    });
    renderApp({ path: '/quotas' });
    const alice = within(await screen.findByTestId('quota-user-u1', undefined, { timeout: 5000 }));
    expect(alice.getByText('Daily spend (USD): 90%')).toBeTruthy();
    expect(alice.getByText('$9.00 / $10.00')).toBeTruthy();
    const key = within(screen.getByTestId('quota-key-k1'));
    expect(key.getByText('of bob')).toBeTruthy();
    expect(key.getByText('Limit reached')).toBeTruthy();
    expect(screen.getByText('2 with limits · 4 without')).toBeTruthy();
    await waitFor(() => expect(api.callsTo('GET', '/admin/quotas').length).toBeGreaterThan(0));
  });
});
