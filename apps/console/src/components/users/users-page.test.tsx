import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminSession, authRoutes, json, mockApi, problem } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { makeUser, noLimits } from './test-fixtures';

// The whole app renders in each test; on a busy machine the first paint can take a few seconds.
configure({ asyncUtilTimeout: 5000 });

const alice = makeUser({
  id: 'u1',
  name: 'alice',
  note: 'Design team',
  limits: { ...noLimits, rpm: 60, usdDaily: '5' },
});
const bob = makeUser({ id: 'u2', name: 'bob', role: 'admin', enabled: false });

describe('users list', () => {
  it('lists users with role, status and their limits', async () => {
    mockApi({ ...authRoutes(adminSession), 'GET /admin/users': () => json(200, { items: [alice, bob] }) });
    renderApp({ path: '/users' });

    const aliceLink = await screen.findByRole('link', { name: 'alice' });
    const row = aliceLink.closest('tr');
    if (!row) throw new Error('no row');
    expect(within(row).getByText('Design team')).toBeTruthy();
    expect(within(row).getByText('60 RPM')).toBeTruthy();
    expect(within(row).getByText('$5.00 / day')).toBeTruthy();
    expect(within(row).getByRole('switch', { name: 'Disable alice' }).getAttribute('aria-checked')).toBe('true');

    const bobRow = screen.getByRole('link', { name: 'bob' }).closest('tr');
    if (!bobRow) throw new Error('no row');
    expect(within(bobRow).getByText('Admin')).toBeTruthy();
    expect(within(bobRow).getByText('Disabled')).toBeTruthy();
    expect(within(bobRow).getByText('No limits')).toBeTruthy();
  });

  it('shows the empty state with a create button', async () => {
    mockApi({ ...authRoutes(adminSession), 'GET /admin/users': () => json(200, { items: [] }) });
    renderApp({ path: '/users' });
    expect(await screen.findByText('No users yet')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'New user' }).length).toBeGreaterThan(0);
  });

  it('shows an error with a retry that loads the list', async () => {
    let fail = true;
    mockApi({
      ...authRoutes(adminSession),
      'GET /admin/users': () => (fail ? problem(403, 'Forbidden', 'nope') : json(200, { items: [alice] })),
    });
    renderApp({ path: '/users' });
    const retry = await screen.findByRole('button', { name: 'Try again' });
    expect(screen.queryByRole('link', { name: 'alice' })).toBeNull();
    fail = false;
    fireEvent.click(retry);
    expect(await screen.findByRole('link', { name: 'alice' })).toBeTruthy();
  });

  it('validates the new-user form inline and sends every limit', async () => {
    const api = mockApi({
      ...authRoutes(adminSession),
      'GET /admin/users': () => json(200, { items: [] }),
      'POST /admin/users': (call) =>
        json(201, makeUser({ id: 'u9', name: String((call.body as { name: string }).name) })),
    });
    renderApp({ path: '/users' });
    fireEvent.click((await screen.findAllByRole('button', { name: 'New user' }))[0] as HTMLElement);
    const dialog = await screen.findByRole('dialog', { name: 'New user' });

    // Typing is not yet an error; leaving the field with a bad value is.
    const rpm = within(dialog).getByLabelText('Requests per minute');
    fireEvent.change(rpm, { target: { value: '1.5' } });
    expect(within(dialog).queryByText('Enter a whole number above 0, or leave empty.')).toBeNull();
    fireEvent.blur(rpm);
    expect(within(dialog).getByText('Enter a whole number above 0, or leave empty.')).toBeTruthy();
    expect(rpm.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(within(dialog).getByLabelText('Daily spend (USD)'), { target: { value: '-3' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));
    expect(within(dialog).getByText('Enter a name.')).toBeTruthy();
    expect(within(dialog).getByText('Enter an amount such as 12.50, or leave empty.')).toBeTruthy();
    expect(api.callsTo('POST', '/admin/users')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('Name'), { target: { value: '  carol ' } });
    fireEvent.change(rpm, { target: { value: '60' } });
    fireEvent.change(within(dialog).getByLabelText('Daily spend (USD)'), { target: { value: '12.50' } });
    fireEvent.change(within(dialog).getByLabelText('Tags'), { target: { value: 'team-a, , beta' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create user' }));

    await waitFor(() => expect(api.callsTo('POST', '/admin/users')).toHaveLength(1));
    const [call] = api.callsTo('POST', '/admin/users');
    expect(call?.headers.get('x-csrf-token')).toBe('csrf-admin');
    expect(call?.body).toEqual({
      name: 'carol',
      note: '',
      role: 'user',
      group: null,
      enabled: true,
      expiresAt: null,
      tags: ['team-a', 'beta'],
      allowedModels: [],
      allowedClients: [],
      limits: { ...noLimits, rpm: 60, usdDaily: '12.50' },
    });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'New user' })).toBeNull());
  });

  it('edits a user: the form starts from the current values and clears an emptied limit', async () => {
    const api = mockApi({
      ...authRoutes(adminSession),
      'GET /admin/users': () => json(200, { items: [alice] }),
      'PATCH /admin/users/u1': () => json(200, alice),
    });
    renderApp({ path: '/users' });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit alice' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit alice' });
    const rpm = within(dialog).getByLabelText('Requests per minute');
    expect((rpm as HTMLInputElement).value).toBe('60');
    fireEvent.change(rpm, { target: { value: '' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(api.callsTo('PATCH', '/admin/users/u1')).toHaveLength(1));
    const body = api.callsTo('PATCH', '/admin/users/u1')[0]?.body as { limits: Record<string, unknown> };
    expect(body.limits.rpm).toBeNull();
    expect(body.limits.usdDaily).toBe('5');
  });

  it('deletes a user only after confirming', async () => {
    let users = [alice, bob];
    const api = mockApi({
      ...authRoutes(adminSession),
      'GET /admin/users': () => json(200, { items: users }),
      'DELETE /admin/users/u1': () => {
        users = [bob];
        return json(200, { ok: true });
      },
    });
    renderApp({ path: '/users' });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete alice' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete user alice?' });
    expect(api.callsTo('DELETE', '/admin/users/u1')).toHaveLength(0);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(api.callsTo('DELETE', '/admin/users/u1')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'alice' })).toBeNull());
    expect(screen.getByRole('link', { name: 'bob' })).toBeTruthy();
  });

  it('disables a user after confirming, and enables one right away', async () => {
    const api = mockApi({
      ...authRoutes(adminSession),
      'GET /admin/users': () => json(200, { items: [alice, bob] }),
      'PATCH /admin/users/u1': () => json(200, { ...alice, enabled: false }),
      'PATCH /admin/users/u2': () => json(200, { ...bob, enabled: true }),
    });
    renderApp({ path: '/users' });
    fireEvent.click(await screen.findByRole('switch', { name: 'Enable bob' }));
    await waitFor(() => expect(api.callsTo('PATCH', '/admin/users/u2')[0]?.body).toEqual({ enabled: true }));

    fireEvent.click(screen.getByRole('switch', { name: 'Disable alice' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Disable user alice?' });
    expect(api.callsTo('PATCH', '/admin/users/u1')).toHaveLength(0);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Disable' }));
    await waitFor(() => expect(api.callsTo('PATCH', '/admin/users/u1')[0]?.body).toEqual({ enabled: false }));
  });
});
