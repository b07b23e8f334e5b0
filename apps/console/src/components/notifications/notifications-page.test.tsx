import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { NotificationDelivery, NotificationTarget } from '../../api/notifications';
import { adminSession, authRoutes, json, mockApi } from '../../test/mock-api';
import { renderApp } from '../../test/render-app';

const wecom: NotificationTarget = {
  id: 't1',
  name: 'ops-group',
  channel: 'wecom',
  enabled: true,
  events: ['circuit_open', 'circuit_recovered'],
  secretPreview: '…a1b2',
  hasSigningSecret: false,
  chatId: null,
  apiBaseUrl: null,
  cooldownMinutes: 10,
  leaderboardTime: '18:00',
  leaderboardSize: 10,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
};

const delivery = (overrides: Partial<NotificationDelivery>): NotificationDelivery => ({
  id: 1,
  targetId: 't1',
  event: 'test',
  subject: 'test',
  title: 'Claude Code Hub test message',
  status: 'sent',
  attempts: 1,
  lastError: null,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  ...overrides,
});

describe('notifications page', () => {
  it('lists targets with the masked secret and reports a failed test send with its error', async () => {
    mockApi({
      ...authRoutes(adminSession),
      'GET /admin/notifications/targets': () => json(200, { items: [wecom] }),
      'POST /admin/notifications/targets/t1/test': () =>
        json(200, delivery({ status: 'failed', lastError: 'errcode 93000: invalid webhook url' })),
    });
    renderApp({ path: '/notifications' });
    const row = (await screen.findByText('ops-group')).closest('tr');
    if (!row) throw new Error('no row');
    expect(within(row).getByText('WeCom robot')).toBeTruthy();
    expect(within(row).getByText('…a1b2')).toBeTruthy();
    expect(within(row).getByText('2 events')).toBeTruthy();
    fireEvent.click(within(row).getByRole('button', { name: /Send test/ }));
    expect(await screen.findByText('Test message to ops-group failed')).toBeTruthy();
    expect(screen.getByText('errcode 93000: invalid webhook url')).toBeTruthy();
  });

  it('creates a signed webhook target with the chosen events', async () => {
    const api = mockApi({
      ...authRoutes(adminSession),
      'GET /admin/notifications/targets': () => json(200, { items: [] }),
      'POST /admin/notifications/targets': () => json(201, { ...wecom, id: 't2', name: 'hook', channel: 'webhook' }),
    });
    renderApp({ path: '/notifications' });
    fireEvent.click(await screen.findByRole('button', { name: /Add target/ }));
    fireEvent.change(screen.getByLabelText('Name *'), { target: { value: 'hook' } });
    fireEvent.click(screen.getByRole('combobox', { name: /Channel/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'JSON webhook (HMAC)' }));
    fireEvent.change(screen.getByLabelText('Webhook URL *'), { target: { value: 'https://hooks.example.com/in' } });
    fireEvent.change(screen.getByLabelText('Signing secret'), { target: { value: 'whsec-1' } });
    fireEvent.click(screen.getByLabelText('Price sync failed'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST' && c.path.endsWith('/targets'))).toBe(true));
    const call = api.calls.find((c) => c.method === 'POST' && c.path.endsWith('/targets'));
    expect(call?.body).toEqual({
      name: 'hook',
      channel: 'webhook',
      enabled: true,
      events: ['circuit_open', 'circuit_recovered', 'price_sync_failed'],
      webhookUrl: 'https://hooks.example.com/in',
      signingSecret: 'whsec-1',
      cooldownMinutes: 10,
      leaderboardTime: '18:00',
      leaderboardSize: 10,
    });
  });

  it('keeps the stored URL when an edit leaves it empty', async () => {
    const api = mockApi({
      ...authRoutes(adminSession),
      'GET /admin/notifications/targets': () => json(200, { items: [wecom] }),
      'PATCH /admin/notifications/targets/t1': () => json(200, { ...wecom, cooldownMinutes: 30 }),
    });
    renderApp({ path: '/notifications' });
    fireEvent.click(await screen.findByRole('button', { name: 'Edit ops-group' }));
    expect(screen.getByText('Stored (…a1b2); leave empty to keep it.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Cooldown (minutes)'), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.calls.some((c) => c.method === 'PATCH')).toBe(true));
    const body = api.calls.find((c) => c.method === 'PATCH')?.body as Record<string, unknown>;
    expect(body.cooldownMinutes).toBe(30);
    expect(body).not.toHaveProperty('webhookUrl');
    expect(body).not.toHaveProperty('signingSecret');
  });
});
