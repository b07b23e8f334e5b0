import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Usage } from '../../api/quota';
import { adminSession, authRoutes, json, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { HOUR, makeKey, makeUsage, makeUser, noLimits } from './test-fixtures';

// The whole app renders in each test; on a busy machine the first paint can take a few seconds.
configure({ asyncUtilTimeout: 5000 });

const alice = makeUser({ id: 'u1', name: 'alice', limits: { ...noLimits, rpm: 10, usdDaily: '5', usdTotal: '100' } });
const laptop = makeKey({ id: 'k1', name: 'laptop', keyPrefix: 'sk-abc123', limits: { ...noLimits, usdMonthly: '20' } });

function usage(daily: string, total: string): Usage {
  return makeUsage('user', 'u1', [
    {
      limit: 'rpm',
      name: 'user RPM limit',
      shape: 'sliding',
      resetAt: Date.now() + 30_000,
      exhausted: false,
      unit: 'requests',
      current: 9,
      max: 10,
    },
    {
      limit: 'usdDaily',
      name: 'user daily USD limit',
      shape: 'fixed',
      resetAt: Date.now() + 3 * HOUR,
      exhausted: false,
      unit: 'usd',
      current: daily,
      max: '5',
      since: null,
    },
    {
      limit: 'usdTotal',
      name: 'user total USD limit',
      shape: 'total',
      resetAt: null,
      exhausted: Number(total) >= 100,
      unit: 'usd',
      current: total,
      max: '100',
      since: null,
    },
  ]);
}

function routes(overrides: Record<string, Parameters<typeof mockApi>[0][string]> = {}) {
  return {
    ...authRoutes(adminSession),
    'GET /admin/users/u1': () => json(200, alice),
    'GET /admin/users/u1/usage': () => json(200, usage('2.5', '120')),
    'GET /admin/users/u1/keys': () => json(200, { items: [laptop] }),
    ...overrides,
  };
}

describe('one user: quotas and keys', () => {
  it('shows each limit as a progress bar with current / limit and when it resets', async () => {
    mockApi(routes());
    renderApp({ path: '/users/u1' });

    const daily = await screen.findByRole('progressbar', { name: 'Daily spend (USD): $2.50 / $5.00' });
    expect(daily.getAttribute('aria-valuenow')).toBe('50');
    expect(within(screen.getByTestId('usage-usdDaily')).getByText('Resets in 3 hours')).toBeTruthy();

    const rpm = screen.getByRole('progressbar', { name: 'Requests per minute: 9 / 10' });
    expect(rpm.getAttribute('aria-valuenow')).toBe('90');
    expect(rpm.getAttribute('data-tone')).toBe('warning');

    const total = screen.getByRole('progressbar', { name: 'Total spend (USD): $120.00 / $100.00' });
    expect(total.getAttribute('aria-valuenow')).toBe('100');
    expect(total.getAttribute('data-tone')).toBe('danger');
    const totalRow = screen.getByTestId('usage-usdTotal');
    expect(within(totalRow).getByText('Limit reached')).toBeTruthy();
    expect(within(totalRow).getByText('Counting since the beginning (never reset)')).toBeTruthy();
  });

  it('resets usage only after confirming, and shows the fresh numbers', async () => {
    let current = usage('2.5', '120');
    const api = mockApi(
      routes({
        'GET /admin/users/u1/usage': () => json(200, current),
        'POST /admin/users/u1/usage/reset': () => {
          current = usage('0', '0');
          return json(200, current);
        },
      }),
    );
    renderApp({ path: '/users/u1' });
    await screen.findByRole('progressbar', { name: 'Daily spend (USD): $2.50 / $5.00' });

    fireEvent.click(screen.getByRole('button', { name: 'Reset usage' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Reset usage of alice?' });
    expect(api.callsTo('POST', '/admin/users/u1/usage/reset')).toHaveLength(0);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Reset usage' }));

    await waitFor(() => expect(api.callsTo('POST', '/admin/users/u1/usage/reset')).toHaveLength(1));
    expect(await screen.findByRole('progressbar', { name: 'Daily spend (USD): $0.00 / $5.00' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
  });

  it('lists keys masked, with their own limits', async () => {
    mockApi(routes());
    renderApp({ path: '/users/u1' });
    const row = (await screen.findByText('laptop')).closest('tr');
    if (!row) throw new Error('no row');
    expect(within(row).getByText('sk-abc123…')).toBeTruthy();
    expect(within(row).getByText('$20.00 / month')).toBeTruthy();
    expect(within(row).getByRole('switch', { name: 'Disable key laptop' })).toBeTruthy();
  });

  it('shows a new key exactly once, copies it, and forgets it after closing', async () => {
    const plaintext = 'sk-live-0123456789abcdefghijklmnopqrstuv';
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const api = mockApi(
      routes({
        'POST /admin/users/u1/keys': () =>
          json(201, { ...makeKey({ id: 'k2', name: 'ci', keyPrefix: 'sk-live-01' }), key: plaintext }),
      }),
    );
    renderApp({ path: '/users/u1' });
    fireEvent.click(await screen.findByRole('button', { name: 'New key' }));
    const form = await screen.findByRole('dialog', { name: 'New API key' });
    fireEvent.change(within(form).getByLabelText('Key name'), { target: { value: 'ci' } });
    fireEvent.click(within(form).getByRole('switch', { name: 'Console access' }));
    fireEvent.change(within(form).getByLabelText('Weekly spend (USD)'), { target: { value: '7' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create key' }));

    const shown = await screen.findByRole('dialog', { name: 'Your new API key' });
    expect(api.callsTo('POST', '/admin/users/u1/keys')[0]?.body).toMatchObject({
      name: 'ci',
      consoleAccess: true,
      enabled: true,
      limits: { usdWeekly: '7', rpm: null },
    });
    expect(within(shown).getByText(plaintext)).toBeTruthy();
    expect(within(shown).getByText(/won’t see it again/)).toBeTruthy();

    fireEvent.click(within(shown).getByRole('button', { name: 'Copy key' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(plaintext));

    fireEvent.click(within(shown).getByRole('button', { name: 'I’ve copied it' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Your new API key' })).toBeNull());
    expect(screen.queryByText(plaintext)).toBeNull();
    expect(document.body.textContent).not.toContain(plaintext);
  });

  it('deletes a key after confirming', async () => {
    const api = mockApi(routes({ 'DELETE /admin/keys/k1': () => json(200, { ok: true }) }));
    renderApp({ path: '/users/u1' });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete key laptop' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete key laptop?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(api.callsTo('DELETE', '/admin/keys/k1')).toHaveLength(1));
  });
});
