import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminSession, authRoutes, json, mockApi, problem } from '../../test/mock-api';
import { openMenu } from '../../test/open-menu';
import { renderApp } from '../../test/render-app';
import { makeKey, makeUser } from './test-fixtures';

// The whole app renders in each test; on a busy machine the first paint can take a few seconds.
configure({ asyncUtilTimeout: 5000 });

const alice = makeUser({ id: 'u1', name: 'alice' });
const laptop = makeKey({ id: 'k1', name: 'laptop', keyPrefix: 'sk-abc123' });
const plaintext = 'sk-rotated-0123456789abcdefghijklmnopqrs';
const replacement = makeKey({ id: 'k2', name: 'laptop', keyPrefix: 'sk-rotated' });

function setup(rotate: Parameters<typeof mockApi>[0][string]) {
  let keys = [laptop];
  const api = mockApi({
    ...authRoutes(adminSession),
    'GET /admin/users/u1': () => json(200, alice),
    'GET /admin/users/u1/usage': () => json(200, { subject: { kind: 'user', id: 'u1' }, entries: [] }),
    'GET /admin/users/u1/keys': () => json(200, { items: keys }),
    'POST /admin/keys/k1/rotate': async (call) => {
      const response = await rotate(call);
      if (response.ok) keys = [laptop, replacement];
      return response;
    },
  });
  renderApp({ path: '/users/u1' });
  return api;
}

const rotated = () =>
  json(201, {
    replacement: { ...replacement, key: plaintext },
    previous: { ...laptop, expiresAt: new Date(Date.now() + 3_600_000).toISOString() },
  });

async function openRotate() {
  fireEvent.click(await screen.findByRole('button', { name: 'Rotate key laptop' }));
  return screen.findByRole('alertdialog', { name: 'Rotate key laptop?' });
}

describe('rotating a key', () => {
  it('asks first, sends the chosen grace period, then shows the new key once and refreshes the list', async () => {
    const api = setup(rotated);
    const confirm = await openRotate();
    expect(within(confirm).getByText(/keeps working for the grace period/)).toBeTruthy();
    expect(api.callsTo('POST', '/admin/keys/k1/rotate')).toHaveLength(0);

    const grace = within(confirm).getByRole('combobox', { name: 'Grace period' });
    expect(grace.textContent).toBe('1 day');
    openMenu(grace);
    fireEvent.click(await screen.findByRole('option', { name: '1 hour' }));
    await waitFor(() => expect(grace.textContent).toBe('1 hour'));
    fireEvent.click(within(confirm).getByRole('button', { name: 'Rotate key' }));

    const shown = await screen.findByRole('dialog', { name: 'Your new API key' });
    const [call] = api.callsTo('POST', '/admin/keys/k1/rotate');
    expect(call?.body).toEqual({ graceSeconds: 3600 });
    expect(call?.headers.get('x-csrf-token')).toBe('csrf-admin');
    expect(within(shown).getByTestId('created-key').textContent).toBe(plaintext);
    expect(within(shown).getByText(/won’t see it again/)).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await screen.findByText('Key laptop rotated: copy the new key now')).toBeTruthy();
    await waitFor(() => expect(api.callsTo('GET', '/admin/users/u1/keys').length).toBeGreaterThan(1));
    expect(await screen.findByText('sk-rotated…')).toBeTruthy();

    fireEvent.click(within(shown).getByRole('button', { name: 'I’ve copied it' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Your new API key' })).toBeNull());
    expect(document.body.textContent).not.toContain(plaintext);
  });

  it('keeps the old key a day by default', async () => {
    const api = setup(rotated);
    fireEvent.click(within(await openRotate()).getByRole('button', { name: 'Rotate key' }));
    await screen.findByRole('dialog', { name: 'Your new API key' });
    expect(api.callsTo('POST', '/admin/keys/k1/rotate')[0]?.body).toEqual({ graceSeconds: 86400 });
  });

  it('shows the problem detail when the gateway refuses, and keeps the dialog open', async () => {
    setup(() => problem(409, 'Conflict', 'key k1 is disabled'));
    const confirm = await openRotate();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Rotate key' }));
    expect(await screen.findByText('Conflict: key k1 is disabled')).toBeTruthy();
    expect(screen.getByRole('alertdialog', { name: 'Rotate key laptop?' })).toBeTruthy();
    expect(screen.queryByRole('dialog', { name: 'Your new API key' })).toBeNull();
  });
});
