import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { logQuery } from '../../api/logs';
import { openMenu } from '../../test/open-menu';
import { adminSession, authRoutes, json, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { logDetail, logSummary } from './test-fixtures';

const user = (id: string, name: string) => ({
  id,
  name,
  note: '',
  role: 'user',
  group: null,
  allowedModels: [],
  allowedClients: [],
  enabled: true,
  expiresAt: null,
  tags: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  limits: {
    rpm: null,
    concurrentSessions: null,
    usd5h: null,
    usdDaily: null,
    usdWeekly: null,
    usdMonthly: null,
    usdTotal: null,
    fiveHourMode: 'rolling',
    dailyMode: 'fixed',
    dailyResetTime: '00:00',
  },
});

/** The first render of the whole app with its filter bar takes over a second in jsdom. */
const SLOW = { timeout: 10_000 };

function baseRoutes(pages: Record<string, { items: unknown[]; nextCursor: number | null }> = {}) {
  return {
    ...authRoutes(adminSession),
    'GET /admin/users': () => json(200, { items: [user('u1', 'alice'), user('u2', 'bob')] }),
    'GET /admin/providers': () => json(200, { items: [] }),
    'GET /admin/users/u1/keys': () => json(200, { items: [] }),
    'GET /admin/logs': () => json(200, pages.first ?? { items: [logSummary()], nextCursor: null }),
  };
}

/** The query strings of every GET /admin/logs call (mockApi records paths only). */
function logCalls(fetchMock: { mock: { calls: unknown[][] } }): URLSearchParams[] {
  return fetchMock.mock.calls
    .map(([input]) => new URL(String(input), 'http://localhost'))
    .filter((url) => url.pathname === '/admin/logs')
    .map((url) => url.searchParams);
}

describe('logQuery', () => {
  it('turns the filters into the API query string', () => {
    const now = Date.parse('2026-01-05T12:00:00.000Z');
    const query = logQuery(
      { range: '24h', userId: 'u1', keyId: 'k1', providerId: 'p1', model: 'gpt-5', status: '5xx', sessionId: 's1' },
      now,
      { limit: 50, cursor: 99 },
    );
    expect(query.toString()).toBe(
      'from=2026-01-04T12%3A00%3A00.000Z&userId=u1&keyId=k1&providerId=p1&model=gpt-5&statusClass=5&sessionId=s1' +
        '&limit=50&cursor=99',
    );
    expect(logQuery({ range: 'all' }, now).toString()).toBe('');
  });
});

describe('request logs page', () => {
  it('sends the filters from the URL and from the filter bar, and exports CSV with them', async () => {
    const { fetchMock } = mockApi(baseRoutes());
    renderApp({ path: '/logs?userId=u1&status=4xx' });
    const table = await screen.findByRole('table', { name: 'Request logs' }, SLOW);
    expect(within(table).getByText('alice')).toBeTruthy();
    expect(within(table).getByText('claude-sonnet-4-5')).toBeTruthy();
    expect(within(table).getByText('Sent upstream as claude-sonnet-4-5-20250929')).toBeTruthy();
    expect(within(table).getByText('$0.0421')).toBeTruthy();
    expect(within(table).getByText('2.35 sec')).toBeTruthy();

    const first = logCalls(fetchMock).at(-1);
    expect(first?.get('userId')).toBe('u1');
    expect(first?.get('statusClass')).toBe('4');
    expect(first?.get('limit')).toBe('50');

    const model = screen.getByLabelText('Model');
    fireEvent.change(model, { target: { value: 'gpt-5' } });
    fireEvent.submit(model.closest('form') as HTMLFormElement);
    await waitFor(() => expect(logCalls(fetchMock).at(-1)?.get('model')).toBe('gpt-5'));
    expect(logCalls(fetchMock).at(-1)?.get('userId')).toBe('u1');

    openMenu(screen.getByRole('combobox', { name: 'Status' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Server errors (5xx)' }));
    await waitFor(() => expect(logCalls(fetchMock).at(-1)?.get('statusClass')).toBe('5'));

    const csv = screen.getByRole('link', { name: 'Export CSV' }).getAttribute('href') ?? '';
    expect(csv.startsWith('/admin/logs.csv?')).toBe(true);
    const params = new URL(csv, 'http://localhost').searchParams;
    expect(params.get('userId')).toBe('u1');
    expect(params.get('model')).toBe('gpt-5');
    expect(params.get('statusClass')).toBe('5');
    expect(params.has('limit')).toBe(false);

    fireEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0] as HTMLElement);
    await waitFor(() => expect([...(logCalls(fetchMock).at(-1)?.keys() ?? [])]).toEqual(['limit']));
  }, 15_000); // four filter round trips through the whole app: over 5 s on a loaded 2-core machine

  it('loads the next page with the cursor and appends it', async () => {
    const { fetchMock } = mockApi({
      ...baseRoutes(),
      'GET /admin/logs': () => {
        const cursor = logCalls(fetchMock).at(-1)?.get('cursor');
        return cursor === '41'
          ? json(200, {
              items: [logSummary({ id: 40, requestedModel: 'gpt-5', upstreamModel: null })],
              nextCursor: null,
            })
          : json(200, { items: [logSummary({ id: 41 })], nextCursor: 41 });
      },
    });
    renderApp({ path: '/logs' });
    expect(await screen.findByText('1 requests shown', {}, SLOW)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('gpt-5', {}, SLOW)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open request 41' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open request 40' })).toBeTruthy();
    expect(screen.getByText('All 2 requests shown')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('shows tokens, cost and the decision chain of one request in the drawer', async () => {
    const key = {
      id: 'k1',
      userId: 'u1',
      name: 'alice-laptop',
      keyPrefix: 'sk-abc',
      enabled: true,
      expiresAt: null,
      group: null,
      consoleAccess: false,
      limits: user('u1', 'alice').limits,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      lastUsedAt: null,
    };
    mockApi({
      ...baseRoutes(),
      'GET /admin/logs/42': () =>
        json(200, { ...logDetail(), requestBody: '{"model":"claude-sonnet-4-5"}', responseBody: '{"type":"message"}' }),
      'GET /admin/users/u1/keys': () => json(200, { items: [key] }),
    });
    renderApp({ path: '/logs' });
    fireEvent.click(await screen.findByRole('button', { name: 'Open request 42' }, SLOW));
    const sheet = await screen.findByRole('dialog', { name: 'Request #42' }, SLOW);
    await within(sheet).findByText('Decision chain', {}, SLOW);

    const row = (section: string, label: string) => {
      const region = within(sheet).getByRole('region', { name: section });
      return within(region).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    };
    expect(row('Tokens', 'Input')).toBe('1,200');
    expect(row('Tokens', 'Cache read')).toBe('5,000');
    expect(row('Tokens', 'Cache write (5 min)')).toBe('800');
    expect(row('Tokens', 'Reasoning (part of output)')).toBe('120');
    expect(row('Tokens', 'Total')).toBe('7,340');
    expect(row('Cost', 'Cache read')).toBe('$0.00225');
    expect(row('Cost', 'Per-request fee')).toBe('$0.015');
    expect(row('Cost', 'Total')).toBe('$0.0421');
    expect(within(sheet).getByText('Includes the provider cost multiplier ×1.5.')).toBeTruthy();
    expect(row('Timing', 'Total duration')).toBe('2.35 sec');
    expect(row('Timing', 'Time to first byte')).toBe('480 ms');
    expect(row('Models', 'Billed as')).toBe('claude-sonnet-4-5');
    expect(within(sheet).getByText('Redirected')).toBeTruthy();

    const steps = within(sheet)
      .getAllByRole('listitem')
      .filter((li) => li.textContent?.startsWith('Attempt'));
    expect(steps).toHaveLength(2);
    expect(steps[0]?.textContent).toContain('anthropic-backup');
    expect(steps[0]?.textContent).toContain('Weighted random pick');
    expect(steps[0]?.textContent).toContain('Failed · 529 · upstream overloaded · 310 ms');
    expect(steps[0]?.textContent).not.toContain('Converted');
    expect(steps[1]?.textContent).toContain('chat-main');
    expect(steps[1]?.textContent).toContain('Converted anthropic → openai-chat');
    expect(steps[1]?.textContent).toContain('Failover');
    expect(steps[1]?.textContent).toContain('Succeeded · 200');
    expect(within(sheet).getByText('old-relay — disabled')).toBeTruthy();
    expect(within(sheet).getByText('from request metadata')).toBeTruthy();
    await waitFor(() => expect(row('Overview', 'Key')).toBe('alice-laptop'));
    expect(row('Overview', 'User')).toBe('alice');
    expect(within(sheet).getByText('{"model":"claude-sonnet-4-5"}')).toBeTruthy();
    expect(
      within(sheet).getByRole('region', { name: 'Response body (a stream reassembled into one answer)' }),
    ).toBeTruthy();
    expect(within(sheet).getByText('{"type":"message"}')).toBeTruthy();
  });

  it('while live, asks only for rows newer than the newest shown and puts them on top', async () => {
    const { fetchMock } = mockApi({
      ...baseRoutes(),
      'GET /admin/logs': () => {
        const after = logCalls(fetchMock).at(-1)?.get('after');
        if (after === '42')
          return json(200, { items: [logSummary({ id: 43, requestedModel: 'gpt-5' })], nextCursor: null });
        if (after === '43') return json(200, { items: [], nextCursor: null });
        return json(200, { items: [logSummary()], nextCursor: null });
      },
    });
    renderApp({ path: '/logs' });
    await screen.findByRole('table', { name: 'Request logs' }, SLOW);
    fireEvent.click(screen.getByRole('switch', { name: 'Live refresh' }));
    expect(await screen.findByText('gpt-5', {}, { timeout: 6000 })).toBeTruthy();
    const open = screen.getAllByRole('button', { name: /^Open request/ }).map((b) => b.getAttribute('aria-label'));
    expect(open).toEqual(['Open request 43', 'Open request 42']);
    await waitFor(() => expect(logCalls(fetchMock).at(-1)?.get('after')).toBe('43'), { timeout: 6000 });
    const full = logCalls(fetchMock).filter((query) => !query.has('after'));
    expect(full).toHaveLength(1);
  }, 15_000);

  it('says why no provider was taken, in words, and marks an estimated cost', async () => {
    const refused = logSummary({
      id: 50,
      statusCode: 400,
      errorClass: 'no_route',
      providerId: null,
      costUsd: '0',
      decision: {
        attempts: 0,
        providers: [],
        candidates: 60,
        filtered: [
          { reason: 'group_mismatch', count: 58 },
          { reason: 'circuit_open', count: 2 },
        ],
        price: 'none',
        estimatedFrom: null,
      },
    });
    const estimated = logSummary({
      id: 49,
      decision: { ...logSummary().decision, price: 'estimated', estimatedFrom: 'claude-sonnet-4-6' },
    });
    mockApi({ ...baseRoutes(), 'GET /admin/logs': () => json(200, { items: [refused, estimated], nextCursor: null }) });
    renderApp({ path: '/logs' });
    const table = await screen.findByRole('table', { name: 'Request logs' }, SLOW);
    expect(within(table).getByText('no provider serves this request')).toBeTruthy();
    expect(within(table).getByText('No provider taken: 58 not in the key’s group, 2 circuit open')).toBeTruthy();
    const estimatedCost = within(table).getByTitle('Estimated from the price of claude-sonnet-4-6');
    // Seen as "≈ $0.0421"; a screen reader also hears where the price came from.
    expect(estimatedCost.textContent).toBe('≈ $0.0421 (Estimated from the price of claude-sonnet-4-6)');
  });
});
