import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Session, SessionRequest } from '../../api/sessions';
import { adminSession, authRoutes, json, mockApi, problem } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';
import { logSummary } from '../logs/test-fixtures';
import { makeProvider } from '../providers/test-fixtures';

const session = (overrides: Partial<Session> = {}): Session => ({
  id: 'a1b2c3d4-e5f6-7890-abcd-ef1234567890',
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
const request = (overrides: Partial<SessionRequest> = {}): SessionRequest =>
  logSummary({
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
    await waitFor(() => expect(api.calls.some((c) => c.path.endsWith('/requests'))).toBe(true));
  });
});
