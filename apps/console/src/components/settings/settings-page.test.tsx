import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Environment } from '../../api/settings';
import { adminSession, authRoutes, json, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const environment: Environment = {
  billedModel: 'redirected',
  logRetentionDays: 30,
  storeBodies: false,
  bodyStoreMaxBytes: 262_144,
  priceSyncUrl: 'https://example.test/prices.json',
  priceSyncIntervalHours: 24,
  sessionTtlSeconds: 300,
  maxProvidersPerRequest: 3,
  interceptWarmup: true,
  timeZone: 'Asia/Shanghai',
  database: 'pglite',
  redis: false,
};

const runtimeValues = {
  timeZone: 'Asia/Shanghai',
  billedModel: 'redirected',
  interceptWarmup: true,
  logRetentionDays: 30,
  storeBodies: false,
  bodyRetentionDays: 3,
  sessionTtlSeconds: 300,
  maxProvidersPerRequest: 3,
  displayCurrency: 'USD',
  usdExchangeRate: '1',
  siteTitle: 'Claude Code Hub',
};
const envSources = Object.fromEntries(Object.keys(runtimeValues).map((name) => [name, 'environment']));

function setup(stored: Record<string, unknown>) {
  let current = stored;
  let runtime = { values: runtimeValues, sources: envSources, fallbacks: runtimeValues };
  return mockApi({
    ...authRoutes(adminSession),
    'GET /admin/settings/runtime': () => json(200, runtime),
    'PATCH /admin/settings/runtime': (call) => {
      const patch = call.body as Record<string, unknown>;
      const values = { ...runtime.values, ...patch };
      const sources = { ...runtime.sources, ...Object.fromEntries(Object.keys(patch).map((k) => [k, 'database'])) };
      runtime = { ...runtime, values, sources };
      return json(200, runtime);
    },
    'GET /admin/settings': () => json(200, current),
    'GET /admin/settings/environment': () => json(200, environment),
    'PUT /admin/settings': (call) => {
      current = { ...current, ...(call.body as Record<string, unknown>) };
      return json(200, current);
    },
  });
}

describe('settings page', () => {
  it('shows the deployment configuration fixed by the environment', async () => {
    setup({});
    renderApp({ path: '/settings' });
    expect(await screen.findByText('Every 24 hours')).toBeTruthy();
    expect(screen.getByText('https://example.test/prices.json')).toBeTruthy();
    expect(screen.getByText('PRICE_SYNC_INTERVAL_HOURS')).toBeTruthy();
    expect(screen.getByText('In memory (single instance)')).toBeTruthy();
  });

  it('says exactly what body storage keeps: request and response, the size cap, their own retention', async () => {
    setup({});
    renderApp({ path: '/settings' });
    expect(await screen.findByLabelText(/Store request and response bodies/)).toBeTruthy();
    expect(await screen.findByText(/a streamed answer reassembled into one.*up to 256 kB each/)).toBeTruthy();
    const days = screen.getByLabelText(/Stored bodies retention \(days\)/) as HTMLInputElement;
    expect(days.value).toBe('3');
    expect(screen.queryByText(/responses are not/)).toBeNull();
  });

  it('changes runtime settings live, sending only what changed, and shows where each value comes from', async () => {
    const api = setup({ 'runtime.siteTitle': 'hidden from the JSON list' });
    renderApp({ path: '/settings' });
    const retention = await screen.findByLabelText(/Request log retention \(days\)/);
    expect((retention as HTMLInputElement).value).toBe('30');
    expect(screen.getAllByText('From .env').length).toBe(11);
    expect(screen.queryByText(/hidden from the JSON list/)).toBeNull(); // runtime keys have their own fields

    fireEvent.change(retention, { target: { value: '-1' } });
    const apply = screen.getByRole('button', { name: 'Apply runtime settings' });
    fireEvent.click(apply);
    expect(await screen.findByText(/>=\s?0/)).toBeTruthy();
    expect(api.callsTo('PATCH', '/admin/settings/runtime')).toHaveLength(0);

    fireEvent.change(retention, { target: { value: '7' } });
    fireEvent.change(screen.getByLabelText(/Display currency/), { target: { value: 'CNY' } });
    fireEvent.change(screen.getByLabelText(/Units of the display currency per USD/), { target: { value: '7.1' } });
    fireEvent.click(apply);
    await waitFor(() => expect(api.callsTo('PATCH', '/admin/settings/runtime')).toHaveLength(1));
    expect(api.callsTo('PATCH', '/admin/settings/runtime')[0]?.body).toEqual({
      logRetentionDays: 7,
      displayCurrency: 'CNY',
      usdExchangeRate: '7.1',
    });
    await waitFor(() => expect(screen.getAllByText('Saved here').length).toBe(3));

    fireEvent.click(screen.getAllByRole('button', { name: 'Use .env value' })[0] as HTMLElement);
    await waitFor(() => expect(api.callsTo('PATCH', '/admin/settings/runtime')).toHaveLength(2));
    expect(Object.values(api.callsTo('PATCH', '/admin/settings/runtime')[1]?.body as object)).toEqual([null]);
  });

  it('saves only the changed reservation and confirms with a toast', async () => {
    const api = setup({ 'limits.reserveUsd': '0.05', 'team.note': { owner: 'ops' } });
    renderApp({ path: '/settings' });
    const input = await screen.findByLabelText('Reserve per request (USD)');
    expect((input as HTMLInputElement).value).toBe('0.05');
    const save = screen.getByRole('button', { name: 'Save settings' });
    expect((save as HTMLButtonElement).disabled).toBe(true); // nothing changed yet

    fireEvent.change(input, { target: { value: '0.2' } });
    fireEvent.click(save);
    await waitFor(() => expect(api.callsTo('PUT', '/admin/settings')).toHaveLength(1));
    const [put] = api.callsTo('PUT', '/admin/settings');
    expect(put?.body).toEqual({ 'limits.reserveUsd': '0.2' });
    expect(put?.headers.get('x-csrf-token')).toBe('csrf-admin');
    expect(await screen.findByText('Settings saved')).toBeTruthy();
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Save settings' }) as HTMLButtonElement).disabled).toBe(true),
    );
  });

  it('clears the reservation with null so the gateway estimates again', async () => {
    const api = setup({ 'limits.reserveUsd': '0.05' });
    renderApp({ path: '/settings' });
    const input = await screen.findByLabelText('Reserve per request (USD)');
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(api.callsTo('PUT', '/admin/settings')).toHaveLength(1));
    expect(api.callsTo('PUT', '/admin/settings')[0]?.body).toEqual({ 'limits.reserveUsd': null });
  });

  it('refuses an invalid amount and invalid JSON without calling the API', async () => {
    const api = setup({ 'team.note': { owner: 'ops' } });
    renderApp({ path: '/settings' });
    const input = await screen.findByLabelText('Reserve per request (USD)');
    fireEvent.change(input, { target: { value: '-1' } });
    const value = screen.getByLabelText('Value of team.note (JSON)');
    expect((value as HTMLTextAreaElement).value).toContain('"owner": "ops"');
    fireEvent.change(value, { target: { value: '{owner: ops}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Enter a non-negative USD amount with at most 9 decimals, e.g. 0.05.')).toBeTruthy();
    expect(screen.getByText('Not valid JSON. Strings need double quotes, e.g. "value".')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('setting-reserve-usd-error');
    expect(api.callsTo('PUT', '/admin/settings')).toHaveLength(0);

    fireEvent.change(input, { target: { value: '0.1' } });
    fireEvent.change(value, { target: { value: '{"owner": "platform"}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(api.callsTo('PUT', '/admin/settings')).toHaveLength(1));
    expect(api.callsTo('PUT', '/admin/settings')[0]?.body).toEqual({
      'limits.reserveUsd': '0.1',
      'team.note': { owner: 'platform' },
    });
  });

  it('adds a new setting with a JSON value and rejects a duplicate name', async () => {
    const api = setup({ 'team.note': 'x' });
    renderApp({ path: '/settings' });
    fireEvent.click(await screen.findByRole('button', { name: 'Add setting' }));
    const card = screen.getByText('Other stored settings').closest('section');
    if (!card) throw new Error('no card');
    fireEvent.change(within(card).getByLabelText('Name'), { target: { value: 'team.note' } });
    fireEvent.change(within(card).getByLabelText('Value (JSON)'), { target: { value: '[1, 2]' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('This name is already used.')).toBeTruthy();
    expect(api.callsTo('PUT', '/admin/settings')).toHaveLength(0);

    fireEvent.change(within(card).getByLabelText('Name'), { target: { value: 'dashboard.refresh' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(api.callsTo('PUT', '/admin/settings')).toHaveLength(1));
    expect(api.callsTo('PUT', '/admin/settings')[0]?.body).toEqual({ 'dashboard.refresh': [1, 2] });
    expect(await screen.findByLabelText('Value of dashboard.refresh (JSON)')).toBeTruthy();
  });
});
