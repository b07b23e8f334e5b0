import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Provider } from '../../api/providers';
import { adminSession, authRoutes, json, mockApi, problem } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { makeProvider } from './test-fixtures';

const healthy = makeProvider({ id: 'p1', name: 'Anthropic', groups: ['default', 'team-a'], weight: 3 });
const broken = makeProvider({
  id: 'p2',
  name: 'Backup relay',
  priority: 1,
  health: {
    status: 'open',
    failures: 5,
    reason: 'upstream_5xx: overloaded',
    openedAt: '2026-11-22T08:00:00.000Z',
    openUntil: new Date(Date.now() + 20 * 60_000).toISOString(),
    coolingDown: false,
  },
});
const disabled = makeProvider({
  id: 'p3',
  name: 'Gemini',
  type: 'gemini',
  enabled: false,
  health: { ...healthy.health, coolingDown: true },
});

const rowOf = async (name: string) => {
  const row = (await screen.findByRole('button', { name }, { timeout: 5000 })).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return within(row);
};

describe('providers list', () => {
  it('shows health badges, the reason a circuit opened and routing columns', async () => {
    mockApi({
      ...authRoutes(adminSession),
      'GET /admin/providers': () => json(200, { items: [disabled, broken, healthy] }),
    });
    renderApp({ path: '/providers' });

    const ok = await rowOf('Anthropic');
    expect(ok.getByText('Healthy')).toBeTruthy();
    expect(ok.getByText('team-a')).toBeTruthy();
    expect(ok.getByRole('button', { name: 'Reset circuit of Anthropic' }).hasAttribute('disabled')).toBe(true);

    const open = await rowOf('Backup relay');
    expect(open.getByText('Circuit open')).toBeTruthy();
    expect(open.getByText('Reason: upstream_5xx: overloaded')).toBeTruthy();
    expect(open.getByText(/Retries in 20 minutes/)).toBeTruthy();
    expect(open.getByRole('button', { name: 'Reset circuit of Backup relay' }).hasAttribute('disabled')).toBe(false);

    const off = await rowOf('Gemini');
    expect(off.getByText('Disabled')).toBeTruthy();
    expect(off.getByText('Cooling down')).toBeTruthy();
    expect(off.getByRole('switch', { name: 'Enable Gemini' }).getAttribute('aria-checked')).toBe('false');

    // Sorted by priority: the priority-1 provider comes last.
    const names = screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('button')[0]?.textContent);
    expect(names.at(-1)).toBe('Backup relay');
  });

  it('shows the empty state with an add button', async () => {
    mockApi({ ...authRoutes(adminSession), 'GET /admin/providers': () => json(200, { items: [] }) });
    renderApp({ path: '/providers' });
    expect(await screen.findByText('No providers yet')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Add provider' })).toHaveLength(2);
  });

  it('shows an error with a retry that loads the list', async () => {
    let fail = true;
    mockApi({
      ...authRoutes(adminSession),
      'GET /admin/providers': () =>
        fail ? problem(403, 'Forbidden', 'no access to providers') : json(200, { items: [healthy] }),
    });
    renderApp({ path: '/providers' });
    expect(await screen.findByText('no access to providers')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Anthropic' })).toBeNull();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('button', { name: 'Anthropic' })).toBeTruthy();
  });

  it('enables and disables a provider from the list', async () => {
    const api = mockApi({
      ...authRoutes(adminSession),
      'GET /admin/providers': () => json(200, { items: [healthy] }),
      'PATCH /admin/providers/p1': () => json(200, { ...healthy, enabled: false }),
    });
    renderApp({ path: '/providers' });
    fireEvent.click((await rowOf('Anthropic')).getByRole('switch', { name: 'Enable Anthropic' }));
    await waitFor(() => expect(api.callsTo('PATCH', '/admin/providers/p1')).toHaveLength(1));
    expect(api.callsTo('PATCH', '/admin/providers/p1')[0]?.body).toEqual({ enabled: false });
    expect(api.callsTo('PATCH', '/admin/providers/p1')[0]?.headers.get('x-csrf-token')).toBe('csrf-admin');
    expect(await screen.findByText('Anthropic disabled')).toBeTruthy();
  });
});

describe('provider actions', () => {
  it('resets a circuit only after confirmation', async () => {
    const reset: Provider = { ...broken, health: { ...healthy.health } };
    let current = broken;
    const api = mockApi({
      ...authRoutes(adminSession),
      'GET /admin/providers': () => json(200, { items: [current] }),
      'POST /admin/providers/p2/circuit/reset': () => {
        current = reset;
        return json(200, reset);
      },
    });
    renderApp({ path: '/providers' });
    fireEvent.click((await rowOf('Backup relay')).getByRole('button', { name: 'Reset circuit of Backup relay' }));

    const confirm = await screen.findByRole('alertdialog', { name: 'Reset the circuit of Backup relay?' });
    expect(api.callsTo('POST', '/admin/providers/p2/circuit/reset')).toHaveLength(0);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(api.callsTo('POST', '/admin/providers/p2/circuit/reset')).toHaveLength(0);

    fireEvent.click((await rowOf('Backup relay')).getByRole('button', { name: 'Reset circuit of Backup relay' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Reset circuit' }));
    await waitFor(() => expect(api.callsTo('POST', '/admin/providers/p2/circuit/reset')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect((await rowOf('Backup relay')).getByText('Healthy')).toBeTruthy();
  });

  it('deletes a provider after a destructive confirmation', async () => {
    let items = [healthy, broken];
    const api = mockApi({
      ...authRoutes(adminSession),
      'GET /admin/providers': () => json(200, { items }),
      'DELETE /admin/providers/p1': () => {
        items = [broken];
        return json(200, { ok: true });
      },
    });
    renderApp({ path: '/providers' });
    fireEvent.click((await rowOf('Anthropic')).getByRole('button', { name: 'Delete Anthropic' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete Anthropic?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete provider' }));
    await waitFor(() => expect(api.callsTo('DELETE', '/admin/providers/p1')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Anthropic' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Backup relay' })).toBeTruthy();
  });

  it('tests a connection and shows status and latency, then a failure', async () => {
    let ok = true;
    const api = mockApi({
      ...authRoutes(adminSession),
      'GET /admin/providers': () => json(200, { items: [healthy] }),
      'POST /admin/providers/p1/test': () =>
        json(
          200,
          ok
            ? { ok: true, status: 200, latencyMs: 412, model: 'claude-haiku-4-5', errorClass: null, message: null }
            : {
                ok: false,
                status: 401,
                latencyMs: 95,
                model: 'claude-opus-4',
                errorClass: 'client_error',
                message: 'invalid x-api-key',
              },
        ),
    });
    renderApp({ path: '/providers' });
    fireEvent.click((await rowOf('Anthropic')).getByRole('button', { name: 'Test connection to Anthropic' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Test Anthropic' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Run test' }));

    expect(await dialog.findByText('Connection works')).toBeTruthy();
    expect(dialog.getByText('200')).toBeTruthy();
    expect(dialog.getByText('412 ms')).toBeTruthy();
    expect(dialog.getByText('claude-haiku-4-5')).toBeTruthy();
    expect(api.callsTo('POST', '/admin/providers/p1/test')[0]?.body).toEqual({});

    ok = false;
    fireEvent.change(dialog.getByLabelText('Model'), { target: { value: 'claude-opus-4' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Test again' }));
    expect(await dialog.findByText('Connection failed')).toBeTruthy();
    expect(dialog.getByText('401')).toBeTruthy();
    expect(dialog.getByText('invalid x-api-key')).toBeTruthy();
    expect(api.callsTo('POST', '/admin/providers/p1/test')[1]?.body).toEqual({ model: 'claude-opus-4' });
  });

  it('opens the details drawer with usage against the provider limits', async () => {
    const limited = makeProvider({ ...healthy, limits: { ...healthy.limits, usdDaily: '10' } });
    mockApi({
      ...authRoutes(adminSession),
      'GET /admin/providers': () => json(200, { items: [limited] }),
      'GET /admin/providers/p1/usage': () =>
        json(200, {
          subject: { kind: 'provider', id: 'p1' },
          entries: [
            {
              limit: 'usdDaily',
              name: 'daily',
              shape: 'fixed',
              resetAt: null,
              exhausted: false,
              unit: 'usd',
              current: '8.5',
              max: '10',
            },
          ],
        }),
    });
    renderApp({ path: '/providers' });
    fireEvent.click(await screen.findByRole('button', { name: 'Anthropic' }));
    const drawer = within(await screen.findByRole('dialog', { name: 'Anthropic' }));
    const bar = await drawer.findByRole('progressbar', { name: 'Daily spend (USD): $8.50 of $10.00' });
    expect(bar.getAttribute('aria-valuenow')).toBe('85');
    expect(drawer.getByText('sk-…abcd')).toBeTruthy();
  });
});
