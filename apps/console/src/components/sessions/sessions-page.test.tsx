import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Session, SessionRequest } from '../../api/sessions';
import { adminSession, authRoutes, json, mockApi, problem } from '../../test/mock-api';
import { openMenu } from '../../test/open-menu';
import { renderApp } from '../../test/render-app';
import { logSummary } from '../logs/test-fixtures';
import { makeProvider } from '../providers/test-fixtures';

const session = (overrides: Partial<Session> = {}): Session => ({
  id: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890',
  live: true,
  firstSeenAt: '2026-11-22T08:00:00.000Z',
  lastSeenAt: new Date(Date.now() - 5 * 60_000).toISOString(),
  boundProviderId: 'p1',
  userId: 'u1',
  keyId: 'k1',
  providerId: 'p1',
  requests: 3,
  inputTokens: 12_500,
  outputTokens: 800,
  costUsd: '0.0421',
  ...overrides,
});

/** A logged request of the session, as `GET /admin/sessions/{id}/requests` pages them. */
const request = ({ hasBodies = false, ...overrides }: Partial<SessionRequest> = {}): SessionRequest => ({
  hasBodies,
  ...logSummary({
    id: 11,
    createdAt: '2026-11-22T08:10:00.000Z',
    providerId: 'p1',
    requestedModel: 'claude-3-5-sonnet',
    upstreamModel: 'claude-sonnet-4-5',
    statusCode: 200,
    errorClass: null,
    durationMs: 1234,
    isStream: true,
    inputTokens: 1200,
    outputTokens: 340,
    cacheReadTokens: 0,
    costUsd: '0.0123',
    ...overrides,
  }),
});

const names = {
  'GET /admin/providers': () => json(200, { items: [makeProvider({ id: 'p1', name: 'Anthropic primary' })] }),
  'GET /admin/users': () =>
    json(200, {
      items: [
        {
          id: 'u1',
          name: 'alice',
          note: '',
          role: 'user',
          group: null,
          allowedModels: [],
          allowedClients: [],
          enabled: true,
          expiresAt: null,
          tags: [],
          createdAt: '2026-11-01T00:00:00.000Z',
          updatedAt: '2026-11-01T00:00:00.000Z',
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
        },
      ],
    }),
};

describe('sessions page', { timeout: 30_000 }, () => {
  it('lists live sessions with user, provider, tokens and cost', async () => {
    mockApi({ ...authRoutes(adminSession), ...names, 'GET /admin/sessions': () => json(200, { items: [session()] }) });
    renderApp({ path: '/sessions' });
    const link = await screen.findByRole('button', { name: 'a1b2c3d4…' }, { timeout: 5000 });
    const row = within(link.closest('tr') as HTMLElement);
    expect(await row.findByText('alice')).toBeTruthy();
    expect(await row.findByText('Anthropic primary')).toBeTruthy();
    expect(row.getByText('(bound)')).toBeTruthy();
    expect(row.getByText('12.5K in / 800 out')).toBeTruthy();
    expect(row.getByText('$0.0421')).toBeTruthy();
    expect(row.getByText('5 minutes ago')).toBeTruthy();
    expect(screen.getByText('Live · updates every 5 s')).toBeTruthy();
  });

  it('shows the empty state and an error with retry', async () => {
    let fail = true;
    mockApi({
      ...authRoutes(adminSession),
      ...names,
      'GET /admin/sessions': () =>
        fail ? problem(403, 'Forbidden', 'sessions unavailable') : json(200, { items: [] }),
    });
    renderApp({ path: '/sessions' });
    expect(await screen.findByText('sessions unavailable', undefined, { timeout: 5000 })).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No active sessions')).toBeTruthy();
  });

  it('refreshes the list on its own every few seconds', async () => {
    let items = [session()];
    const api = mockApi({ ...authRoutes(adminSession), ...names, 'GET /admin/sessions': () => json(200, { items }) });
    renderApp({ path: '/sessions' });
    await screen.findByRole('button', { name: 'a1b2c3d4…' }, { timeout: 5000 });
    items = [
      session(),
      session({ id: 'ffff0000-1111-2222-3333-444455556666', userId: null, boundProviderId: null, providerId: null }),
    ];
    expect(await screen.findByRole('button', { name: 'ffff0000…' }, { timeout: 9000 })).toBeTruthy();
    expect(api.callsTo('GET', '/admin/sessions').length).toBeGreaterThanOrEqual(2);
  });

  it("opens a session's requests in a drawer", async () => {
    const api = mockApi({
      ...authRoutes(adminSession),
      ...names,
      'GET /admin/sessions': () => json(200, { items: [session()] }),
      'GET /admin/sessions/a1b2c3d4-e5f6-7890-abcd-ef1234567890/requests': () =>
        json(200, {
          items: [
            request(),
            request({
              id: 10,
              statusCode: 503,
              errorClass: 'upstream_5xx',
              upstreamModel: null,
              requestedModel: 'claude-haiku-4-5',
              costUsd: '0',
              inputTokens: 900,
              outputTokens: 0,
              durationMs: 15_000,
            }),
          ],
          nextCursor: null,
        }),
    });
    renderApp({ path: '/sessions' });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Show the requests of session a1b2c3d4…' }, { timeout: 5000 }),
    );
    const drawer = within(await screen.findByRole('dialog', { name: 'Session a1b2c3d4…' }));
    expect(await drawer.findByText('claude-3-5-sonnet')).toBeTruthy();
    expect(drawer.getByText('→ claude-sonnet-4-5')).toBeTruthy();
    expect(drawer.getByText('200')).toBeTruthy();
    expect(drawer.getByText('1,200 in / 340 out')).toBeTruthy();
    expect(drawer.getByText('$0.0123')).toBeTruthy();
    expect(drawer.getByText('1,234 ms')).toBeTruthy();
    expect(drawer.getAllByText('Anthropic primary').length).toBeGreaterThan(0);
    expect(drawer.getByText('503')).toBeTruthy();
    expect(drawer.getByText('upstream_5xx')).toBeTruthy();
    expect(drawer.getByText('a1b2c3d4-e5f6-7890-abcd-ef1234567890')).toBeTruthy();
    expect(drawer.getAllByText('not stored')).toHaveLength(2);
    await waitFor(() => expect(api.calls.some((c) => c.path.endsWith('/requests'))).toBe(true));
  });
});

/** The query of every `GET /admin/sessions` call, in order. */
function listQueries(fetchMock: { mock: { calls: unknown[][] } }): URLSearchParams[] {
  return fetchMock.mock.calls
    .map(([input]) => new URL(String(input), 'http://localhost'))
    .filter((url) => url.pathname === '/admin/sessions')
    .map((url) => url.searchParams);
}

const STREAMED_ANSWER = {
  id: 'msg_1',
  type: 'message',
  role: 'assistant',
  model: 'claude-3-5-sonnet',
  content: [
    { type: 'thinking', thinking: 'Read the file first.', signature: 'sig' },
    { type: 'text', text: 'Reading it now.' },
    { type: 'tool_use', id: 'toolu_1', name: 'Read', input: { path: 'src/a.ts' } },
  ],
  stop_reason: 'tool_use',
  stop_sequence: null,
  usage: { input_tokens: 10, output_tokens: 5 },
};

describe('sessions page: filters and stored bodies', { timeout: 30_000 }, () => {
  it('asks for recent sessions of one provider when the filters change', async () => {
    const api = mockApi({
      ...authRoutes(adminSession),
      ...names,
      'GET /admin/sessions': () => json(200, { items: [session({ live: false })] }),
    });
    renderApp({ path: '/sessions' });
    await screen.findByRole('button', { name: 'a1b2c3d4…' }, { timeout: 5000 });
    const recent = screen.getByRole('tab', { name: 'Last 24 hours' });
    fireEvent.mouseDown(recent);
    fireEvent.click(recent);
    await waitFor(() => expect(listQueries(api.fetchMock).at(-1)?.get('scope')).toBe('recent'));
    expect(await screen.findByText('Sessions in the last 24 hours: 1')).toBeTruthy();

    openMenu(screen.getByRole('combobox', { name: 'Provider' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Anthropic primary' }));
    await waitFor(() => expect(listQueries(api.fetchMock).at(-1)?.get('providerId')).toBe('p1'));
    expect(listQueries(api.fetchMock).at(-1)?.get('scope')).toBe('recent');
  });

  it("shows a session's requests in order and each one's request and reassembled answer, readable or raw", async () => {
    const api = mockApi({
      ...authRoutes(adminSession),
      ...names,
      'GET /admin/sessions': () => json(200, { items: [session()] }),
      'GET /admin/sessions/a1b2c3d4-e5f6-7890-abcd-ef1234567890/requests': () =>
        json(200, {
          items: [
            request({ id: 10, requestId: 'req_first', requestedModel: 'claude-haiku-4-5', hasBodies: true }),
            request({ id: 11, requestId: 'req_second', requestedModel: 'claude-3-5-sonnet' }),
          ],
          nextCursor: null,
        }),
      'GET /admin/requests/req_first/bodies': () =>
        json(200, {
          requestId: 'req_first',
          sessionId: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890',
          protocol: 'anthropic',
          createdAt: '2026-11-22T08:10:00.000Z',
          request: {
            body: JSON.stringify({
              model: 'claude-haiku-4-5',
              system: 'You are terse.',
              messages: [{ role: 'user', content: 'What is in src/a.ts?' }],
            }),
            bytes: 120,
            truncated: false,
          },
          response: {
            body: JSON.stringify(STREAMED_ANSWER),
            bytes: 300_000,
            truncated: true,
            streamed: true,
            assembled: true,
          },
        }),
    });
    renderApp({ path: '/sessions' });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Show the requests of session a1b2c3d4…' }, { timeout: 5000 }),
    );
    const drawer = within(await screen.findByRole('dialog', { name: 'Session a1b2c3d4…' }));
    const rows = (await drawer.findAllByRole('row')).slice(1);
    expect(within(rows[0] as HTMLElement).getByText('1')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText('claude-haiku-4-5')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('2')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('not stored')).toBeTruthy();
    const requestsCall = api.fetchMock.mock.calls
      .map(([input]) => new URL(String(input), 'http://localhost'))
      .find((url) => url.pathname.endsWith('/requests'));
    expect(requestsCall?.searchParams.get('order')).toBe('asc');

    fireEvent.click(drawer.getByRole('button', { name: 'Show the request and response of request 1' }));
    expect(await drawer.findByText('What is in src/a.ts?')).toBeTruthy();
    expect(drawer.getByRole('region', { name: 'Request 1 · claude-haiku-4-5' })).toBeTruthy();
    expect(drawer.getByText('You are terse.')).toBeTruthy();

    const responseTab = drawer.getByRole('tab', { name: 'Response' });
    fireEvent.mouseDown(responseTab);
    fireEvent.click(responseTab);
    expect(await drawer.findByText('Reading it now.')).toBeTruthy();
    expect(drawer.getByText('Read the file first.')).toBeTruthy();
    expect(drawer.getByText('Tool call')).toBeTruthy();
    expect(drawer.getByText('Streamed · reassembled into one answer')).toBeTruthy();
    expect(drawer.getByText('Cut at the size cap')).toBeTruthy();
    expect(drawer.getByText('293 kB')).toBeTruthy();

    fireEvent.click(drawer.getByRole('button', { name: 'Raw JSON' }));
    expect(await drawer.findByText(/"stop_reason": "tool_use"/)).toBeTruthy();
    expect(drawer.queryByText('Tool call')).toBeNull();
  });

  it('says when the bodies are past their retention', async () => {
    mockApi({
      ...authRoutes(adminSession),
      ...names,
      'GET /admin/sessions': () => json(200, { items: [session()] }),
      'GET /admin/sessions/a1b2c3d4-e5f6-7890-abcd-ef1234567890/requests': () =>
        json(200, { items: [request({ requestId: 'req_old', hasBodies: true })], nextCursor: null }),
      'GET /admin/requests/req_old/bodies': () => problem(404, 'Not Found', 'stored bodies req_old not found'),
    });
    renderApp({ path: '/sessions' });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Show the requests of session a1b2c3d4…' }, { timeout: 5000 }),
    );
    const drawer = within(await screen.findByRole('dialog', { name: 'Session a1b2c3d4…' }));
    fireEvent.click(await drawer.findByRole('button', { name: 'Show the request and response of request 1' }));
    expect(
      await drawer.findByText('The request and response are no longer stored (past their retention).'),
    ).toBeTruthy();
  });
});
