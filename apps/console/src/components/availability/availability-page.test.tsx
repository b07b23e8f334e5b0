import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminSession, authRoutes, json, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const bucket = (minute: number, state: string) => ({
  start: new Date(Date.UTC(2026, 11, 5, 9, minute)).toISOString(),
  state,
  probes: 1,
  probeFailures: state === 'down' ? 1 : 0,
  probeLatencyMs: 120,
  requests: 4,
  failures: state === 'down' ? 4 : 0,
  p50TtfbMs: 300,
  p95TtfbMs: 900,
});

const report = {
  window: '24h',
  bucketMs: 900_000,
  generatedAt: '2026-12-05T09:30:00.000Z',
  probeIntervalSeconds: 60,
  degradedLatencyMs: 5000,
  providers: [
    {
      providerId: 'p1',
      name: 'anthropic-main',
      enabled: true,
      current: 'down',
      uptimePercent: 50,
      successRate: 50,
      buckets: [bucket(0, 'up'), bucket(15, 'down')],
      lastErrors: [
        {
          at: '2026-12-05T09:20:00.000Z',
          source: 'probe',
          status: 503,
          errorClass: 'upstream_5xx',
          message: 'overloaded',
        },
      ],
    },
  ],
};

describe('availability page', () => {
  it('shows each provider state, its timeline and last errors, and saves the status page settings', async () => {
    const api = mockApi({
      ...authRoutes(adminSession),
      'GET /admin/availability': () => json(200, report),
      'GET /admin/providers': () => json(200, { items: [] }),
      'GET /admin/status-page': () => json(200, { enabled: false, title: 'Service status', entries: [] }),
      'PUT /admin/status-page': (call) => json(200, call.body),
    });
    renderApp({ path: '/availability' });
    const timeline = await screen.findByRole('list', { name: 'Timeline of anthropic-main' }, { timeout: 8000 });
    expect(within(timeline).getAllByRole('listitem')).toHaveLength(2);
    expect(timeline.textContent).toContain('Down');
    expect(screen.getByText('Down')).toBeTruthy(); // the state badge
    expect(screen.getByText(/overloaded/)).toBeTruthy();

    fireEvent.click(await screen.findByRole('switch'));
    fireEvent.change(screen.getByLabelText('Page title'), { target: { value: 'Acme status' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.callsTo('PUT', '/admin/status-page')).toHaveLength(1));
    expect(api.callsTo('PUT', '/admin/status-page')[0]?.body).toEqual({
      enabled: true,
      title: 'Acme status',
      entries: [],
    });
  });
});
