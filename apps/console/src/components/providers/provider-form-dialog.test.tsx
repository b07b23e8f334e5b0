import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminSession, authRoutes, json, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { fullProvider, makeProvider } from './test-fixtures';

const openCreate = async () => {
  fireEvent.click(
    (await screen.findAllByRole('button', { name: 'Add provider' }, { timeout: 5000 }))[0] as HTMLElement,
  );
  return within(await screen.findByRole('dialog', { name: 'Add provider' }));
};

const type = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });

/** The error text a field points at through aria-describedby. */
const describedErrors = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter((id) => id.endsWith('-error'))
    .map((id) => document.getElementById(id)?.textContent);

describe('provider form', { timeout: 60_000 }, () => {
  it('offers the other client protocols for conversion and explains what converting means', async () => {
    mockApi({ ...authRoutes(adminSession), 'GET /admin/providers': () => json(200, { items: [] }) });
    renderApp({ path: '/providers' });
    const dialog = await openCreate();
    expect(dialog.getByText(/Speaks Anthropic Messages natively/)).toBeTruthy();
    expect(dialog.queryByRole('checkbox', { name: 'Anthropic Messages' })).toBeNull();
    expect(dialog.queryByTestId('conversion-explanation')).toBeNull();
    fireEvent.click(dialog.getByRole('checkbox', { name: 'OpenAI Chat Completions' }));
    const explanation = dialog.getByTestId('conversion-explanation').textContent;
    expect(explanation).toContain('Requests from OpenAI Chat Completions clients are converted to Anthropic Messages');
    expect(explanation).toContain('claude-sonnet-4-6');
    expect(explanation).toContain('refused with a 400');
  });

  it('validates inline: errors appear under the fields and nothing is sent', async () => {
    const api = mockApi({ ...authRoutes(adminSession), 'GET /admin/providers': () => json(200, { items: [] }) });
    renderApp({ path: '/providers' });
    const dialog = await openCreate();

    // No error while the user has not left the field yet.
    type(dialog.getByLabelText('Base URL'), 'not a url');
    expect(dialog.queryByText('Enter an http:// or https:// URL.')).toBeNull();
    fireEvent.blur(dialog.getByLabelText('Base URL'));
    expect(describedErrors(dialog.getByLabelText('Base URL'))).toEqual(['Enter an http:// or https:// URL.']);

    type(dialog.getByLabelText('Weight'), '-1');
    type(dialog.getByLabelText('Retry budget'), '11');
    type(dialog.getByLabelText('Daily spend (USD)'), 'abc');
    fireEvent.click(dialog.getByRole('button', { name: 'Add redirect' }));
    fireEvent.change(dialog.getByLabelText('Redirect 1: from model'), { target: { value: 'claude-(' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Create provider' }));

    expect(describedErrors(dialog.getByLabelText('Name'))).toEqual(['Required.']);
    expect(describedErrors(dialog.getByLabelText('API key'))).toEqual(['Required.']);
    expect(describedErrors(dialog.getByLabelText('Weight'))).toEqual(['Must be 0 or more.']);
    expect(describedErrors(dialog.getByLabelText('Retry budget'))).toEqual(['Must be between 0 and 10.']);
    expect(describedErrors(dialog.getByLabelText('Daily spend (USD)'))).toEqual([
      'Enter a non-negative number, e.g. 12.5.',
    ]);
    expect(describedErrors(dialog.getByLabelText('Redirect 1: to model'))).toEqual(['Required.']);
    expect(dialog.getByLabelText('Name').getAttribute('aria-invalid')).toBe('true');
    expect(dialog.getByText(/Please fix the highlighted fields/)).toBeTruthy();
    expect(api.callsTo('POST', '/admin/providers')).toHaveLength(0);

    // A plain (exact) match is not a regex; switching to regex makes the pattern invalid.
    expect(describedErrors(dialog.getByLabelText('Redirect 1: from model'))).toEqual([]);
  });

  it('creates with the four required fields; the rest is sent as the defaults', async () => {
    const api = mockApi({
      ...authRoutes(adminSession),
      'GET /admin/providers': () => json(200, { items: [] }),
      'POST /admin/providers': () => json(201, makeProvider({ id: 'new', name: 'Primary' })),
    });
    renderApp({ path: '/providers' });
    const dialog = await openCreate();
    type(dialog.getByLabelText('Name'), '  Primary ');
    type(dialog.getByLabelText('Base URL'), 'https://api.anthropic.com');
    type(dialog.getByLabelText('API key'), 'sk-ant-secret-1234');
    fireEvent.click(dialog.getByRole('button', { name: 'Create provider' }));

    await waitFor(() => expect(api.callsTo('POST', '/admin/providers')).toHaveLength(1));
    const body = api.callsTo('POST', '/admin/providers')[0]?.body;
    expect(body).toMatchObject({
      name: 'Primary',
      type: 'claude',
      baseUrl: 'https://api.anthropic.com',
      apiKey: 'sk-ant-secret-1234',
      enabled: true,
      weight: 1,
      priority: 0,
      groups: ['default'],
      costMultiplier: '1',
      modelRedirects: [],
      allowedModels: [],
      activeHours: null,
      proxyUrl: null,
      customHeaders: {},
      retryBudget: 1,
      concurrencyLimit: null,
      acceptedFormats: [],
      timeouts: { connectMs: 10_000, firstByteMs: 60_000, streamIdleMs: 120_000, totalMs: 600_000, hedgeAfterMs: null },
      circuitBreaker: {
        failureThreshold: 5,
        openDurationMs: 1_800_000,
        halfOpenSuccesses: 2,
        countNetworkErrors: true,
      },
      limits: { rpm: null, usdDaily: null, dailyResetTime: '00:00' },
    });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Add provider' })).toBeNull());
    expect(await screen.findByText('Provider Primary created')).toBeTruthy();
  });

  it('round-trips every field on edit and keeps the API key when left blank', async () => {
    const api = mockApi({
      ...authRoutes(adminSession),
      'GET /admin/providers': () => json(200, { items: [fullProvider] }),
      'PATCH /admin/providers/p-full': () => json(200, fullProvider),
    });
    renderApp({ path: '/providers' });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Relay' }, { timeout: 5000 }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit Relay' }));
    const apiKey = dialog.getByLabelText('API key') as HTMLInputElement;
    expect(apiKey.value).toBe('');
    expect(apiKey.type).toBe('password');
    expect(dialog.getByText('Current key: sk-…9999. Leave blank to keep it.')).toBeTruthy();

    fireEvent.click(dialog.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(api.callsTo('PATCH', '/admin/providers/p-full')).toHaveLength(1));
    const {
      id: _id,
      apiKeyPreview: _preview,
      health: _health,
      createdAt: _c,
      updatedAt: _u,
      ...editable
    } = fullProvider;
    expect(api.callsTo('PATCH', '/admin/providers/p-full')[0]?.body).toEqual(editable);
  });

  it('sends a new API key, edited redirects and headers', async () => {
    const api = mockApi({
      ...authRoutes(adminSession),
      'GET /admin/providers': () => json(200, { items: [fullProvider] }),
      'PATCH /admin/providers/p-full': () => json(200, fullProvider),
    });
    renderApp({ path: '/providers' });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Relay' }, { timeout: 5000 }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit Relay' }));
    type(dialog.getByLabelText('API key'), 'sk-rotated-0000');
    fireEvent.click(dialog.getByRole('button', { name: 'Remove redirect 1' }));
    type(dialog.getByLabelText('Redirect 1: to model'), 'claude/$1');
    fireEvent.click(dialog.getByRole('button', { name: 'Add header' }));
    type(dialog.getByLabelText('Header 3: name'), 'X-Team');
    fireEvent.blur(dialog.getByLabelText('Header 3: name'));
    expect(describedErrors(dialog.getByLabelText('Header 3: name'))).toEqual(['This header is already set.']);
    type(dialog.getByLabelText('Header 3: name'), 'x-extra');
    type(dialog.getByLabelText('Header 3: value'), '1');
    fireEvent.click(dialog.getByRole('switch', { name: /Only active during set hours/ }));
    type(dialog.getByLabelText('Max concurrent requests'), '');
    fireEvent.click(dialog.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(api.callsTo('PATCH', '/admin/providers/p-full')).toHaveLength(1));
    expect(api.callsTo('PATCH', '/admin/providers/p-full')[0]?.body).toMatchObject({
      apiKey: 'sk-rotated-0000',
      modelRedirects: [{ match: 'regex', pattern: '^claude-(.*)$', target: 'claude/$1' }],
      customHeaders: { 'x-team': 'a', 'x-trace': 'on', 'x-extra': '1' },
      activeHours: null,
      concurrencyLimit: null,
    });
  });

  it('shows the server problem+json: summary and per-field messages', async () => {
    mockApi({
      ...authRoutes(adminSession),
      'GET /admin/providers': () => json(200, { items: [] }),
      'POST /admin/providers': () =>
        new Response(
          JSON.stringify({
            type: 'about:blank',
            title: 'Bad Request',
            status: 400,
            detail: 'body.limits.usdDaily: expected a decimal',
            errors: [{ in: 'body', field: 'limits.usdDaily', message: 'expected a decimal' }],
          }),
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        ),
    });
    renderApp({ path: '/providers' });
    const dialog = await openCreate();
    type(dialog.getByLabelText('Name'), 'Primary');
    type(dialog.getByLabelText('Base URL'), 'https://api.anthropic.com');
    type(dialog.getByLabelText('API key'), 'sk-ant-secret-1234');
    fireEvent.click(dialog.getByRole('button', { name: 'Create provider' }));

    expect(await dialog.findByText('The provider could not be saved')).toBeTruthy();
    expect(dialog.getByText('body.limits.usdDaily: expected a decimal')).toBeTruthy();
    expect(describedErrors(dialog.getByLabelText('Daily spend (USD)'))).toEqual(['expected a decimal']);
    // The dialog stays open so the admin can fix it.
    expect(screen.getByRole('dialog', { name: 'Add provider' })).toBeTruthy();
  });
});
