import { createHmac, randomUUID } from 'node:crypto';
import { createRedisStore, nanoToUsd, usdToNano } from '@cch/core';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createNotificationChecksJob } from '../src/notifications/notification-checks-job.js';
import { createNotifier } from '../src/notifications/notifier.js';
import { type MockUpstream, startMockUpstream } from './mock-upstream/index.js';
import { adminFetch } from './support/admin-client.js';
import { callMessages } from './support/anthropic-client.js';
import { deleteRedisKeys } from './support/delete-redis-keys.js';
import { type ChatPlatform, startChatPlatform } from './support/chat-platform.js';
import { type GatewayHarness, startGateway } from './support/gateway-harness.js';
import { lastLoggedCost, withLimits } from './support/limit-fixtures.js';

type Target = { id: string; secretPreview: string; hasSigningSecret: boolean };
type Delivery = {
  id: number;
  event: string;
  status: string;
  attempts: number;
  lastError: string | null;
  title: string;
};

const WECOM_KEY = 'wecom-key-5b0d7c1e-a9f3';
const DINGTALK_TOKEN = 'dingtalk-token-e1f2a3b4c5';
const DINGTALK_SECRET = 'SECdingtalk-signing-secret-0123';
const FEISHU_SECRET = 'feishu-signing-secret-4567';
const BOT_TOKEN = '123456789:AAH-telegram-bot-token-x9';
const WEBHOOK_SECRET = 'whsec-generic-signing-secret-89ab';
const EVERY_SECRET = [WECOM_KEY, DINGTALK_TOKEN, DINGTALK_SECRET, FEISHU_SECRET, BOT_TOKEN, WEBHOOK_SECRET];

describe('notifications', () => {
  let gateway: GatewayHarness;
  let platform: ChatPlatform;
  let upstream: MockUpstream;

  beforeAll(async () => {
    [gateway, platform, upstream] = await Promise.all([
      startGateway({ env: { NOTIFY_RETRY_BASE_MS: '20', NOTIFY_MAX_ATTEMPTS: '4', TZ: 'Asia/Shanghai' } }),
      startChatPlatform(),
      startMockUpstream({ name: 'A' }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([gateway?.close(), platform?.close(), upstream?.close()]);
  });

  beforeEach(async () => {
    // every test starts without targets, so earlier targets cannot receive its events
    const list = (await adminFetch(gateway.url, 'GET', '/notifications/targets')).json as { items: Target[] };
    for (const target of list.items) await adminFetch(gateway.url, 'DELETE', `/notifications/targets/${target.id}`);
    platform.requests.length = 0;
  });

  async function addTarget(body: Record<string, unknown>): Promise<Target> {
    const response = await adminFetch(gateway.url, 'POST', '/notifications/targets', {
      body: { events: [], ...body, name: body.name ?? String(body.channel) },
    });
    expect(response.status, response.text).toBe(201);
    return response.json as Target;
  }

  async function testSend(target: Target): Promise<Delivery> {
    const response = await adminFetch(gateway.url, 'POST', `/notifications/targets/${target.id}/test`);
    expect(response.status, response.text).toBe(200);
    return response.json as Delivery;
  }

  async function deliveries(target: Target): Promise<Delivery[]> {
    const response = await adminFetch(gateway.url, 'GET', `/notifications/targets/${target.id}/deliveries`);
    return (response.json as { items: Delivery[] }).items;
  }

  describe('each platform gets its own payload and signature', () => {
    it('WeCom: a markdown message to the robot URL', async () => {
      const target = await addTarget({ channel: 'wecom', webhookUrl: `${platform.url}/wecom/send?key=${WECOM_KEY}` });
      expect(await testSend(target)).toMatchObject({ status: 'sent', attempts: 1, lastError: null, event: 'test' });
      const [request] = platform.to('/wecom');
      expect(request?.query.get('key')).toBe(WECOM_KEY);
      expect(request?.headers['content-type']).toMatch(/^application\/json/);
      expect(Object.keys(request?.json ?? {})).toEqual(['msgtype', 'markdown']);
      expect(request?.json.msgtype).toBe('markdown');
      const { content } = (request?.json.markdown ?? { content: '' }) as { content: string };
      expect(content.split('\n')[0]).toBe('**Claude Code Hub test message**');
      expect(content).toContain('> Notifications to "wecom" work.');
    });

    it('DingTalk: timestamp (ms) and HMAC-SHA256 sign in the query', async () => {
      const target = await addTarget({
        channel: 'dingtalk',
        webhookUrl: `${platform.url}/dingtalk/robot/send?access_token=${DINGTALK_TOKEN}`,
        signingSecret: DINGTALK_SECRET,
      });
      const before = Date.now();
      expect(await testSend(target)).toMatchObject({ status: 'sent', attempts: 1 });
      const [request] = platform.to('/dingtalk');
      if (!request) throw new Error('DingTalk got nothing');
      expect(request.query.get('access_token')).toBe(DINGTALK_TOKEN);
      const timestamp = Number(request.query.get('timestamp'));
      expect(timestamp).toBeGreaterThanOrEqual(before);
      expect(timestamp).toBeLessThanOrEqual(Date.now());
      const expected = createHmac('sha256', DINGTALK_SECRET)
        .update(`${timestamp}\n${DINGTALK_SECRET}`)
        .digest('base64');
      expect(request.query.get('sign')).toBe(expected);
      expect(request.json).toEqual({
        msgtype: 'markdown',
        markdown: { title: 'Claude Code Hub test message', text: expect.stringMatching(/^#### Claude Code Hub test/) },
      });
    });

    it('Feishu: timestamp (s) and sign in the body', async () => {
      const target = await addTarget({
        channel: 'feishu',
        webhookUrl: `${platform.url}/feishu/open-apis/bot/v2/hook/hook-id-0011223344`,
        signingSecret: FEISHU_SECRET,
      });
      expect(await testSend(target)).toMatchObject({ status: 'sent' });
      const [request] = platform.to('/feishu');
      if (!request) throw new Error('Feishu got nothing');
      const timestamp = String(request.json.timestamp);
      expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
      const expected = createHmac('sha256', `${timestamp}\n${FEISHU_SECRET}`).update('').digest('base64');
      expect(request.json).toEqual({
        timestamp,
        sign: expected,
        msg_type: 'text',
        content: { text: expect.stringMatching(/^Claude Code Hub test message\n/) },
      });
    });

    it('Telegram: sendMessage with the bot token in the path and the chat id', async () => {
      const target = await addTarget({
        channel: 'telegram',
        botToken: BOT_TOKEN,
        chatId: '-1001234567890',
        apiBaseUrl: platform.url,
      });
      expect(await testSend(target)).toMatchObject({ status: 'sent' });
      const [request] = platform.to('/bot');
      expect(request?.path).toBe(`/bot${BOT_TOKEN}/sendMessage`);
      expect(request?.json).toEqual({
        chat_id: '-1001234567890',
        text: expect.stringMatching(/^Claude Code Hub test message\n/),
        disable_web_page_preview: true,
      });
    });

    it('Slack-style: a text field', async () => {
      const target = await addTarget({ channel: 'slack', webhookUrl: `${platform.url}/slack/services/T0/B0/XXXXXXXX` });
      expect(await testSend(target)).toMatchObject({ status: 'sent' });
      const [request] = platform.to('/slack');
      expect(request?.json).toEqual({ text: expect.stringMatching(/^\*Claude Code Hub test message\*\n/) });
    });

    it('generic webhook: X-CCH-Signature is the HMAC-SHA256 of the raw body, with a timestamp header', async () => {
      const target = await addTarget({
        channel: 'webhook',
        webhookUrl: `${platform.url}/hook/receiver`,
        signingSecret: WEBHOOK_SECRET,
      });
      expect(await testSend(target)).toMatchObject({ status: 'sent' });
      const [request] = platform.to('/hook');
      if (!request) throw new Error('the webhook got nothing');
      const expected = `sha256=${createHmac('sha256', WEBHOOK_SECRET).update(request.raw).digest('hex')}`;
      expect(request.headers['x-cch-signature']).toBe(expected);
      expect(request.headers['x-cch-event']).toBe('test');
      const timestamp = Number(request.headers['x-cch-timestamp']);
      expect(Math.abs(timestamp - Date.now() / 1000)).toBeLessThan(60);
      expect(request.json).toMatchObject({ event: 'test', subject: 'test', title: 'Claude Code Hub test message' });
      expect(Date.parse(String(request.json.sentAt)) / 1000).toBeCloseTo(timestamp, -1);
    });

    it('a platform error shows in the delivery log; the test send does not retry', async () => {
      const target = await addTarget({ channel: 'wecom', webhookUrl: `${platform.url}/wecom/send?key=${WECOM_KEY}` });
      platform.queue('/wecom', { status: 200, body: '{"errcode":93000,"errmsg":"invalid webhook url"}' });
      expect(await testSend(target)).toMatchObject({
        status: 'failed',
        attempts: 1,
        lastError: 'errcode 93000: invalid webhook url',
      });
      expect(platform.to('/wecom')).toHaveLength(1);
      expect((await deliveries(target))[0]).toMatchObject({ status: 'failed', event: 'test' });
    });
  });

  it('retries a 500 with backoff until it is taken, off the caller path', async () => {
    const target = await addTarget({
      channel: 'slack',
      webhookUrl: `${platform.url}/slack/retry-hook-0123`,
      events: ['price_sync_failed'],
    });
    platform.queue('/slack', { status: 500, body: 'busy' }, { status: 502, body: 'bad gateway' });
    await gateway.runtime.notifier.emit(
      { kind: 'price_sync_failed', at: Date.now(), source: 'https://prices.example/x.json', reason: 'HTTP 404' },
      { occurrence: 'retry-test' },
    );
    await gateway.runtime.notifier.idle();
    expect(platform.to('/slack')).toHaveLength(3);
    const [delivery] = await deliveries(target);
    expect(delivery).toMatchObject({ event: 'price_sync_failed', status: 'sent', attempts: 3, lastError: null });
  });

  it('gives up after NOTIFY_MAX_ATTEMPTS and keeps the last error', async () => {
    const target = await addTarget({
      channel: 'slack',
      webhookUrl: `${platform.url}/slack/down-0123456`,
      events: ['price_sync_failed'],
    });
    const down = { status: 503, body: 'down' };
    platform.queue('/slack', down, down, down, down);
    await gateway.runtime.notifier.emit(
      { kind: 'price_sync_failed', at: Date.now(), source: 'x', reason: 'y' },
      { occurrence: 'give-up-test' },
    );
    await gateway.runtime.notifier.idle();
    expect(platform.to('/slack')).toHaveLength(4);
    expect((await deliveries(target))[0]).toMatchObject({ status: 'failed', attempts: 4, lastError: 'HTTP 503: down' });
  });

  it('sends one message per event and subject per cooldown, however often it flaps', async () => {
    const calm = await addTarget({
      channel: 'slack',
      webhookUrl: `${platform.url}/slack/calm-0123456`,
      events: ['circuit_open'],
    });
    const noisy = await addTarget({
      channel: 'slack',
      webhookUrl: `${platform.url}/slack/noisy-0123456`,
      events: ['circuit_open'],
      cooldownMinutes: 0,
    });
    const provider = { id: 'flappy', name: 'flappy' };
    for (const openedAt of [1, 2, 3]) {
      await gateway.runtime.notifier.emit(
        { kind: 'circuit_open', at: Date.now(), provider, reason: 'http_5xx', openUntil: null },
        { occurrence: String(openedAt) },
      );
    }
    await gateway.runtime.notifier.idle();
    expect(platform.to('/slack/calm')).toHaveLength(1);
    expect(platform.to('/slack/noisy')).toHaveLength(3);
    expect(await deliveries(calm)).toHaveLength(1);
    expect(await deliveries(noisy)).toHaveLength(3);
  });

  it('two replicas seeing the same occurrence send it once', async () => {
    await addTarget({
      channel: 'slack',
      webhookUrl: `${platform.url}/slack/once-0123456`,
      events: ['circuit_open'],
      cooldownMinutes: 0,
    });
    const { db, store, secretBox } = gateway.runtime;
    const replica = await createNotifier({
      db,
      store,
      secretBox,
      logger: pino({ level: 'silent' }),
      now: Date.now,
      timeZone: () => 'UTC',
      maxAttempts: 1,
      retryBaseMs: 10,
    });
    const event = {
      kind: 'circuit_open' as const,
      at: Date.now(),
      provider: { id: 'p2', name: 'p2' },
      reason: null,
      openUntil: null,
    };
    await Promise.all([
      gateway.runtime.notifier.emit(event, { occurrence: 'same' }),
      replica.emit(event, { occurrence: 'same' }),
    ]);
    await Promise.all([gateway.runtime.notifier.idle(), replica.idle()]);
    await replica.close();
    expect(platform.to('/slack/once')).toHaveLength(1);
  });

  it.skipIf(!process.env.TEST_REDIS_URL)('two replicas on one Redis send an occurrence once', async () => {
    await addTarget({
      channel: 'slack',
      webhookUrl: `${platform.url}/slack/redis-0123456`,
      events: ['circuit_open'],
      cooldownMinutes: 0,
    });
    const { db, secretBox } = gateway.runtime;
    const prefix = `test:notify:${randomUUID().slice(0, 8)}:`;
    const stores = [0, 1].map(() => createRedisStore({ url: String(process.env.TEST_REDIS_URL), prefix }));
    const replicas = await Promise.all(
      stores.map((store) =>
        createNotifier({
          db,
          store,
          secretBox,
          logger: pino({ level: 'silent' }),
          now: Date.now,
          timeZone: () => 'UTC',
          maxAttempts: 1,
          retryBaseMs: 10,
        }),
      ),
    );
    try {
      const event = { kind: 'circuit_open' as const, at: Date.now(), provider: { id: 'p3', name: 'p3' } };
      await Promise.all(
        replicas.map((replica) => replica.emit({ ...event, reason: null, openUntil: null }, { occurrence: 'r' })),
      );
      await Promise.all(replicas.map((replica) => replica.idle()));
      expect(platform.to('/slack/redis')).toHaveLength(1);
    } finally {
      await Promise.all(replicas.map((replica) => replica.close()));
      await Promise.all(stores.map((store) => store.close()));
      await deleteRedisKeys(String(process.env.TEST_REDIS_URL), prefix);
    }
  });

  it('a provider whose circuit opens, then recovers, is reported both times', async () => {
    const target = await addTarget({
      channel: 'webhook',
      webhookUrl: `${platform.url}/hook/breaker`,
      events: ['circuit_open', 'circuit_recovered'],
    });
    await gateway.addProvider({
      name: 'fragile',
      baseUrl: upstream.url,
      circuitBreaker: { failureThreshold: 1, openDurationMs: 300, halfOpenSuccesses: 1, countNetworkErrors: true },
    });
    const { key } = await gateway.addCaller();
    upstream.setFault({ kind: 'status', status: 500 });
    expect((await callMessages(gateway.url, { key })).status).toBeGreaterThanOrEqual(500);
    await expect.poll(() => platform.to('/hook/breaker').length, { timeout: 5_000 }).toBe(1);
    expect(platform.to('/hook/breaker')[0]?.json).toMatchObject({
      event: 'circuit_open',
      title: 'Provider fragile: circuit open',
      facts: { provider: { name: 'fragile' }, reason: expect.stringContaining('500') },
    });
    upstream.setFault(null);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await callMessages(gateway.url, { key })).status).toBe(200);
    await expect.poll(() => platform.to('/hook/breaker').length, { timeout: 5_000 }).toBe(2);
    expect(platform.to('/hook/breaker')[1]?.json).toMatchObject({
      event: 'circuit_recovered',
      title: 'Provider fragile: recovered',
    });
    await gateway.runtime.notifier.idle();
    expect((await deliveries(target)).map((d) => d.status)).toEqual(['sent', 'sent']);
  });

  it('a user crossing 80 % of a USD window is reported once', async () => {
    await addTarget({
      channel: 'webhook',
      webhookUrl: `${platform.url}/hook/quota`,
      events: ['usd_quota_warning', 'usd_quota_reached'],
    });
    const provider = await gateway.addProvider({ name: 'steady', baseUrl: upstream.url });
    const probe = await gateway.addCaller();
    expect((await callMessages(gateway.url, { key: probe.key })).status).toBe(200);
    const cost = usdToNano(await lastLoggedCost(gateway));
    // one request spends ~85 % of the daily budget
    const { user, key } = await gateway.addCaller({
      name: 'alice',
      limits: withLimits({ usdDaily: nanoToUsd(Math.ceil(cost / 0.85)) }),
    });
    const checks = createNotificationChecksJob(gateway.runtime);
    try {
      await checks.runNow();
      expect((await callMessages(gateway.url, { key })).status).toBe(200);
      await gateway.flushLogs();
      await checks.runNow();
      await checks.runNow();
      await gateway.runtime.notifier.idle();
      const sent = platform.to('/hook/quota');
      expect(sent).toHaveLength(1);
      expect(sent[0]?.json).toMatchObject({
        event: 'usd_quota_warning',
        subject: `user:${user.id}:usdDaily`,
        title: expect.stringMatching(/^User alice: 8[45]% of its daily USD limit$/),
      });
    } finally {
      await checks.stop();
      await gateway.runtime.db.deleteFrom('providers').where('id', '=', provider.id).execute();
      await gateway.runtime.cache.changed('providers');
    }
  });

  it('sends the daily leaderboard at the target time, once', async () => {
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Shanghai',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(new Date());
    await addTarget({
      channel: 'webhook',
      webhookUrl: `${platform.url}/hook/leaderboard`,
      events: ['daily_leaderboard'],
      leaderboardTime: local,
      leaderboardSize: 3,
    });
    const checks = createNotificationChecksJob(gateway.runtime);
    try {
      await checks.runNow();
      await checks.runNow();
      await gateway.runtime.notifier.idle();
    } finally {
      await checks.stop();
    }
    const sent = platform.to('/hook/leaderboard');
    expect(sent).toHaveLength(1);
    const first = sent[0];
    if (!first) throw new Error('no leaderboard');
    expect(first.json).toMatchObject({
      event: 'daily_leaderboard',
      title: expect.stringMatching(/^Usage leaderboard \d{4}-\d{2}-\d{2}$/),
      facts: { timeZone: 'Asia/Shanghai', entries: expect.any(Array) },
    });
    // the earlier tests spent: users by cost, the biggest first, at most leaderboardSize of them
    const entries = (first.json.facts as { entries: { name: string; costUsd: string; requests: number }[] }).entries;
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThanOrEqual(3);
    const costs = entries.map((e) => Number(e.costUsd));
    expect(costs).toEqual([...costs].sort((a, b) => b - a));
    expect(costs[0]).toBeGreaterThan(0);
  });

  it('never shows a URL, token or signing secret in answers, the audit log or stored errors', async () => {
    const targets = [
      await addTarget({ channel: 'wecom', webhookUrl: `${platform.url}/wecom/send?key=${WECOM_KEY}` }),
      await addTarget({
        channel: 'dingtalk',
        webhookUrl: `${platform.url}/dingtalk/send?access_token=${DINGTALK_TOKEN}`,
        signingSecret: DINGTALK_SECRET,
      }),
      await addTarget({ channel: 'telegram', botToken: BOT_TOKEN, chatId: '42', apiBaseUrl: platform.url }),
      await addTarget({ channel: 'webhook', webhookUrl: `${platform.url}/hook/s`, signingSecret: WEBHOOK_SECRET }),
    ];
    expect(targets[0]).toMatchObject({ secretPreview: `…${WECOM_KEY.slice(-4)}`, hasSigningSecret: false });
    expect(targets[1]).toMatchObject({ hasSigningSecret: true });
    // a platform that echoes the URL it was called on, secret and all
    platform.queue('/wecom', { status: 400, body: `bad request to /wecom/send?key=${WECOM_KEY}` });
    platform.queue('/bot', { status: 404, body: `{"ok":false,"description":"no bot ${BOT_TOKEN}"}` });
    const [first, , third] = targets;
    if (!first || !third) throw new Error('targets missing');
    const failed = await testSend(first);
    expect(failed.status).toBe('failed');
    expect(failed.lastError).toContain('***');
    expect((await testSend(third)).lastError).toBe('HTTP 404: no bot ***');
    await adminFetch(gateway.url, 'PATCH', `/notifications/targets/${third.id}`, {
      body: { botToken: '987:NEW-token-ab' },
    });
    const seen = [
      (await adminFetch(gateway.url, 'GET', '/notifications/targets')).text,
      ...(await Promise.all(
        targets.map(async (t) => (await adminFetch(gateway.url, 'GET', `/notifications/targets/${t.id}`)).text),
      )),
      ...(await Promise.all(
        targets.map(
          async (t) => (await adminFetch(gateway.url, 'GET', `/notifications/targets/${t.id}/deliveries`)).text,
        ),
      )),
      (await adminFetch(gateway.url, 'GET', '/audit?limit=100')).text,
    ].join('\n');
    for (const secret of [...EVERY_SECRET, '987:NEW-token-ab']) expect(seen).not.toContain(secret);
    const stored = await gateway.runtime.db.selectFrom('notificationTargets').select('secretEncrypted').execute();
    for (const row of stored) for (const secret of EVERY_SECRET) expect(row.secretEncrypted).not.toContain(secret);
  });

  it('keeps secrets out of the log lines of failed deliveries', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => lines.push(line) });
    const { db, store, secretBox } = gateway.runtime;
    await addTarget({
      channel: 'wecom',
      webhookUrl: `${platform.url}/wecom/send?key=${WECOM_KEY}`,
      events: ['price_sync_failed'],
    });
    const notifier = await createNotifier({
      db,
      store,
      secretBox,
      logger,
      now: Date.now,
      timeZone: () => 'UTC',
      maxAttempts: 2,
      retryBaseMs: 10,
    });
    platform.queue('/wecom', { status: 500, body: `oops ${WECOM_KEY}` }, { status: 500, body: `oops ${WECOM_KEY}` });
    await notifier.emit(
      { kind: 'price_sync_failed', at: Date.now(), source: 's', reason: 'r' },
      { occurrence: 'log-test' },
    );
    await notifier.idle();
    await notifier.close();
    const text = lines.join('');
    expect(text).toContain('notification not delivered');
    expect(text).not.toContain(WECOM_KEY);
  });

  it('refuses fields a channel has no use for, and missing credentials', async () => {
    const wrong = await adminFetch(gateway.url, 'POST', '/notifications/targets', {
      body: { name: 'x', channel: 'slack', events: [], webhookUrl: `${platform.url}/slack/x`, chatId: '1' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain('chatId');
    const missing = await adminFetch(gateway.url, 'POST', '/notifications/targets', {
      body: { name: 'x', channel: 'telegram', events: [] },
    });
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('botToken');
  });
});
