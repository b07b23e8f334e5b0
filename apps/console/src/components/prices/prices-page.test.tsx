import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ModelPrice } from '../../api/prices';
import { adminSession, authRoutes, json, mockApi, problem } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const sonnet: ModelPrice = {
  model: 'claude-sonnet-4-5',
  source: 'builtin',
  prices: {
    input_cost_per_token: 3e-6,
    output_cost_per_token: 1.5e-5,
    cache_creation_input_token_cost: 3.75e-6,
    cache_read_input_token_cost: 3e-7,
    input_cost_per_token_above_200k_tokens: 6e-6,
    output_cost_per_token_above_200k_tokens: 2.25e-5,
  },
  updatedAt: null,
};
const gpt: ModelPrice = {
  model: 'gpt-5',
  source: 'synced',
  prices: { input_cost_per_token: 1.25e-6, output_cost_per_token: 1e-5, litellm_provider: 'openai', mode: 'chat' },
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const custom: ModelPrice = {
  model: 'my-local-model',
  source: 'manual',
  prices: { input_cost_per_token: 1e-7, output_cost_per_token: 2e-7, input_cost_per_request: 0.01 },
  updatedAt: '2026-01-02T00:00:00.000Z',
};

function rowOf(model: string): HTMLElement {
  const row = screen.getByText(model).closest('tr');
  if (!row) throw new Error(`no row for ${model}`);
  return row;
}

describe('prices page', () => {
  it('lists prices per million tokens with their source', async () => {
    mockApi({ ...authRoutes(adminSession), 'GET /admin/prices': () => json(200, { items: [sonnet, gpt, custom] }) });
    renderApp({ path: '/prices' });
    await screen.findByText('claude-sonnet-4-5');
    const row = rowOf('claude-sonnet-4-5');
    expect(within(row).getByText('Built-in')).toBeTruthy();
    expect(within(row).getByText('$3.00')).toBeTruthy();
    expect(within(row).getByText('$15.00')).toBeTruthy();
    expect(within(row).getByText('$3.75')).toBeTruthy();
    expect(within(row).getByText('$0.30')).toBeTruthy();
    expect(within(row).getByText('$6.00 / $22.50')).toBeTruthy();
    expect(within(rowOf('gpt-5')).getByText('Synced')).toBeTruthy();
    const manual = rowOf('my-local-model');
    expect(within(manual).getByText('Manual')).toBeTruthy();
    expect(within(manual).getByText('$0.10')).toBeTruthy();
    expect(within(manual).getByText('$0.01')).toBeTruthy(); // per-request fee, not per million
    // Built-in prices cannot be deleted, stored ones can.
    expect(within(row).queryByRole('button', { name: /Delete/ })).toBeNull();
    expect(within(manual).getByRole('button', { name: 'Delete price of my-local-model' })).toBeTruthy();
  });

  it('formats money for the Chinese locale too', async () => {
    mockApi({ ...authRoutes(adminSession), 'GET /admin/prices': () => json(200, { items: [sonnet] }) });
    renderApp({ path: '/prices', locale: 'zh-CN' });
    await screen.findByText('claude-sonnet-4-5');
    expect(within(rowOf('claude-sonnet-4-5')).getByText('US$3.00')).toBeTruthy();
    expect(screen.getByText('内置')).toBeTruthy();
  });

  it('searches by model name and offers to clear a search without matches', async () => {
    mockApi({ ...authRoutes(adminSession), 'GET /admin/prices': () => json(200, { items: [sonnet, gpt, custom] }) });
    renderApp({ path: '/prices' });
    const search = await screen.findByRole('searchbox', { name: 'Search models' });
    fireEvent.change(search, { target: { value: 'SONNET' } });
    await waitFor(() => expect(screen.queryByText('gpt-5')).toBeNull());
    expect(screen.getByText('claude-sonnet-4-5')).toBeTruthy();
    expect(screen.getByText('1 of 1 models')).toBeTruthy();

    fireEvent.change(search, { target: { value: 'nothing-like-this' } });
    expect(await screen.findByText('No matching models')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('gpt-5')).toBeTruthy();
    expect(screen.getByText('my-local-model')).toBeTruthy();
  });

  it('shows the empty state and an error with retry', async () => {
    let fail = true;
    mockApi({
      ...authRoutes(adminSession),
      'GET /admin/prices': () => (fail ? problem(403, 'Forbidden', 'not allowed here') : json(200, { items: [] })),
    });
    renderApp({ path: '/prices' });
    expect(await screen.findByText('not allowed here')).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No prices yet')).toBeTruthy();
  });

  it('validates the new-price form and sends per-token prices', async () => {
    const api = mockApi({
      ...authRoutes(adminSession),
      'GET /admin/prices': () => json(200, { items: [sonnet] }),
      'PUT /admin/prices/team%2Fmodel-x': (call) =>
        json(200, {
          model: 'team/model-x',
          source: 'manual',
          prices: call.body,
          updatedAt: '2026-01-03T00:00:00.000Z',
        }),
    });
    renderApp({ path: '/prices' });
    await screen.findByText('claude-sonnet-4-5');
    fireEvent.click(screen.getByRole('button', { name: 'Add price' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a manual price' });

    fireEvent.change(within(dialog).getByLabelText('Cache read'), { target: { value: 'abc' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save price' }));
    expect(within(dialog).getAllByText('Required.')).toHaveLength(3); // model, input, output
    expect(within(dialog).getByText('Enter a non-negative number, e.g. 3 or 0.30.')).toBeTruthy();
    expect(within(dialog).getByLabelText('Input *').getAttribute('aria-invalid')).toBe('true');
    expect(api.callsTo('PUT', '/admin/prices/team%2Fmodel-x')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('Model name *'), { target: { value: ' team/model-x ' } });
    fireEvent.change(within(dialog).getByLabelText('Input *'), { target: { value: '3' } });
    fireEvent.change(within(dialog).getByLabelText('Output *'), { target: { value: '15' } });
    fireEvent.change(within(dialog).getByLabelText('Cache read'), { target: { value: '0.30' } });
    fireEvent.change(within(dialog).getByLabelText('USD per request'), { target: { value: '0.02' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save price' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add a manual price' })).toBeNull());
    const [put] = api.callsTo('PUT', '/admin/prices/team%2Fmodel-x');
    expect(put?.headers.get('x-csrf-token')).toBe('csrf-admin');
    expect(put?.body).toEqual({
      input_cost_per_token: 0.000003,
      output_cost_per_token: 0.000015,
      cache_read_input_token_cost: 3e-7,
      input_cost_per_request: 0.02,
    });
    expect(await screen.findByText('Price of team/model-x saved')).toBeTruthy();
    expect(api.callsTo('GET', '/admin/prices').length).toBeGreaterThan(1); // list refreshed
  });

  it('edits a synced price as a manual override, keeping its provider', async () => {
    const api = mockApi({
      ...authRoutes(adminSession),
      'GET /admin/prices': () => json(200, { items: [gpt] }),
      'PUT /admin/prices/gpt-5': (call) => json(200, { ...gpt, source: 'manual', prices: call.body }),
    });
    renderApp({ path: '/prices' });
    await screen.findByText('gpt-5');
    fireEvent.click(screen.getByRole('button', { name: 'Edit price of gpt-5' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit price' });
    expect(within(dialog).getByText(/has a synced price; saving replaces it/)).toBeTruthy();
    const input = within(dialog).getByLabelText('Input *');
    expect((input as HTMLInputElement).value).toBe('1.25');
    fireEvent.change(input, { target: { value: '1' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save price' }));
    await waitFor(() => expect(api.callsTo('PUT', '/admin/prices/gpt-5')).toHaveLength(1));
    expect(api.callsTo('PUT', '/admin/prices/gpt-5')[0]?.body).toEqual({
      input_cost_per_token: 0.000001,
      output_cost_per_token: 0.00001,
      litellm_provider: 'openai',
      mode: 'chat',
    });
  });

  it('deletes a stored price only after confirming', async () => {
    const api = mockApi({
      ...authRoutes(adminSession),
      'GET /admin/prices': () => json(200, { items: [custom] }),
      'DELETE /admin/prices/my-local-model': () => json(200, { ok: true }),
    });
    renderApp({ path: '/prices' });
    await screen.findByText('my-local-model');
    fireEvent.click(screen.getByRole('button', { name: 'Delete price of my-local-model' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete the price of my-local-model?' });
    expect(api.callsTo('DELETE', '/admin/prices/my-local-model')).toHaveLength(0);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete price' }));
    await waitFor(() => expect(api.callsTo('DELETE', '/admin/prices/my-local-model')).toHaveLength(1));
    expect(await screen.findByText('Price of my-local-model deleted')).toBeTruthy();
  });

  it('syncs from LiteLLM and summarises the result', async () => {
    let release: () => void = () => {};
    const api = mockApi({
      ...authRoutes(adminSession),
      'GET /admin/prices': () => json(200, { items: [sonnet] }),
      'POST /admin/prices/sync': () =>
        new Promise<Response>((resolve) => {
          release = () =>
            resolve(
              json(200, {
                ok: true,
                source: 'https://example.test/prices.json',
                models: 2400,
                written: 2390,
                skipped: 10,
              }),
            );
        }),
    });
    renderApp({ path: '/prices' });
    await screen.findByText('claude-sonnet-4-5');
    const button = screen.getByRole('button', { name: 'Sync from LiteLLM' });
    fireEvent.click(button);
    expect(await screen.findByText(/Syncing the price list/)).toBeTruthy();
    expect((button as HTMLButtonElement).disabled).toBe(true);
    release();
    const status = await screen.findByRole('status');
    expect(within(status).getByText('Prices synced')).toBeTruthy();
    expect(
      within(status).getByText(
        'Read 2,400 models from https://example.test/prices.json: 2,390 prices written, 10 entries skipped. ' +
          'Manual prices were kept.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/Syncing the price list/)).toBeNull();
    expect(api.callsTo('POST', '/admin/prices/sync')[0]?.headers.get('x-csrf-token')).toBe('csrf-admin');
  });

  it('says why a sync failed and that nothing changed', async () => {
    mockApi({
      ...authRoutes(adminSession),
      'GET /admin/prices': () => json(200, { items: [sonnet] }),
      'POST /admin/prices/sync': () =>
        problem(422, 'Price sync refused', 'Nothing changed: HTTP 404 from https://example.test/prices.json'),
    });
    renderApp({ path: '/prices' });
    await screen.findByText('claude-sonnet-4-5');
    fireEvent.click(screen.getByRole('button', { name: 'Sync from LiteLLM' }));
    const alert = await screen.findByText('Sync failed — nothing changed');
    const banner = alert.closest('[role="alert"]');
    if (!(banner instanceof HTMLElement)) throw new Error('no alert');
    expect(within(banner).getByText('HTTP 404 from https://example.test/prices.json')).toBeTruthy();
    fireEvent.click(within(banner).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('Sync failed — nothing changed')).toBeNull();
  });
});
