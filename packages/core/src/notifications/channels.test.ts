import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from './channels/index.js';
import { formatNotification } from './format-message.js';
import { type NotificationEvent, subjectOf } from './notification-event.js';
import type { NotificationTargetConfig } from './target.js';
import { previewSecret } from './target.js';

const NOW = Date.parse('2026-12-06T04:00:00.000Z');

function target(overrides: Partial<NotificationTargetConfig>): NotificationTargetConfig {
  return {
    id: 't1',
    name: 'ops',
    channel: 'webhook',
    enabled: true,
    events: ['circuit_open'],
    credential: 'https://hooks.example.com/secret-path-abcd',
    signingSecret: null,
    secretPreview: '…abcd',
    chatId: null,
    apiBaseUrl: null,
    cooldownMinutes: 10,
    leaderboardTime: '18:00',
    leaderboardSize: 10,
    createdAt: new Date(NOW),
    updatedAt: new Date(NOW),
    ...overrides,
  };
}

const opened: NotificationEvent = {
  kind: 'circuit_open',
  at: NOW,
  provider: { id: 'p1', name: 'anthropic-main' },
  reason: 'http_5xx: upstream 503',
  openUntil: NOW + 60_000,
};

function render(config: Partial<NotificationTargetConfig>, event: NotificationEvent = opened) {
  const t = target(config);
  const message = formatNotification(event, 'Asia/Shanghai');
  return CHANNELS[t.channel].render({ target: t, event, subject: subjectOf(event), message, now: NOW });
}

describe('formatNotification', () => {
  it('names the provider, the reason and the times in the runtime time zone', () => {
    const message = formatNotification(opened, 'Asia/Shanghai');
    expect(message.title).toBe('Provider anthropic-main: circuit open');
    expect(message.lines).toContain('Reason: http_5xx: upstream 503');
    expect(message.lines).toContain('At: 2026-12-06T12:00:00+08:00');
  });

  it('says how far into a USD window a user is', () => {
    const message = formatNotification(
      {
        kind: 'usd_quota_warning',
        at: NOW,
        owner: { kind: 'user', id: 'u1', name: 'alice' },
        limit: 'usdDaily',
        limitName: 'user daily USD limit',
        currentUsd: '8.5',
        maxUsd: '10',
        resetAt: null,
      },
      'UTC',
    );
    expect(message.title).toBe('User alice: 85% of its daily USD limit');
    expect(message.lines[0]).toBe('Spent: $8.5 of $10 (85%)');
  });

  it('ranks the leaderboard in order', () => {
    const message = formatNotification(
      {
        kind: 'daily_leaderboard',
        at: NOW,
        date: '2026-12-06',
        timeZone: 'UTC',
        entries: [
          { name: 'alice', costUsd: '3.2', requests: 40 },
          { name: 'bob', costUsd: '1', requests: 3 },
        ],
      },
      'UTC',
    );
    expect(message.lines).toEqual(['1. alice: $3.2 (40 requests)', '2. bob: $1 (3 requests)']);
  });
});

describe('channels', () => {
  it('WeCom: a markdown message to the robot URL as given', () => {
    const request = render({
      channel: 'wecom',
      credential: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k-1',
    });
    expect(request.url).toBe('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k-1');
    const body = JSON.parse(request.body);
    expect(body.msgtype).toBe('markdown');
    expect(body.markdown.content).toMatch(/^\*\*Provider anthropic-main: circuit open\*\*\n> /);
  });

  it('DingTalk: timestamp and sign in the query, per the documented recipe', () => {
    const secret = 'SECdingtalk-test-secret';
    const request = render({
      channel: 'dingtalk',
      credential: 'https://oapi.dingtalk.com/robot/send?access_token=tok',
      signingSecret: secret,
    });
    const url = new URL(request.url);
    expect(url.searchParams.get('access_token')).toBe('tok');
    expect(url.searchParams.get('timestamp')).toBe(String(NOW));
    const expected = createHmac('sha256', secret).update(`${NOW}\n${secret}`).digest('base64');
    expect(url.searchParams.get('sign')).toBe(expected);
    const body = JSON.parse(request.body);
    expect(body).toMatchObject({ msgtype: 'markdown', markdown: { title: 'Provider anthropic-main: circuit open' } });
  });

  it('Feishu: timestamp in seconds and sign in the body when a secret is set', () => {
    const secret = 'feishu-secret';
    const body = JSON.parse(render({ channel: 'feishu', signingSecret: secret }).body);
    const seconds = NOW / 1000;
    expect(body.timestamp).toBe(String(seconds));
    expect(body.sign).toBe(createHmac('sha256', `${seconds}\n${secret}`).update('').digest('base64'));
    expect(body.msg_type).toBe('text');
    expect(body.content.text.split('\n')[0]).toBe('Provider anthropic-main: circuit open');
    expect(JSON.parse(render({ channel: 'feishu' }).body)).not.toHaveProperty('sign');
  });

  it('Telegram: sendMessage with the chat id, on a configurable Bot API server', () => {
    const request = render({
      channel: 'telegram',
      credential: '123456:ABC-token',
      chatId: '-100123',
      apiBaseUrl: 'http://127.0.0.1:9/',
    });
    expect(request.url).toBe('http://127.0.0.1:9/bot123456:ABC-token/sendMessage');
    expect(JSON.parse(request.body)).toMatchObject({ chat_id: '-100123' });
    expect(render({ channel: 'telegram', credential: '1:a' }).url).toBe('https://api.telegram.org/bot1:a/sendMessage');
  });

  it('Slack: a text field', () => {
    const body = JSON.parse(render({ channel: 'slack' }).body);
    expect(Object.keys(body)).toEqual(['text']);
    expect(body.text).toMatch(/^\*Provider anthropic-main: circuit open\*\n/);
  });

  it('generic webhook: HMAC-SHA256 of the raw body in X-CCH-Signature, and a timestamp header', () => {
    const request = render({ channel: 'webhook', signingSecret: 'whsec' });
    const expected = createHmac('sha256', 'whsec').update(request.body).digest('hex');
    expect(request.headers['x-cch-signature']).toBe(`sha256=${expected}`);
    expect(request.headers['x-cch-timestamp']).toBe(String(NOW / 1000));
    expect(JSON.parse(request.body)).toMatchObject({
      event: 'circuit_open',
      subject: 'provider:p1',
      facts: { provider: { id: 'p1', name: 'anthropic-main' } },
    });
    expect(render({ channel: 'webhook' }).headers).not.toHaveProperty('x-cch-signature');
  });

  it('reads each platform answer: JSON error codes fail, rate limits retry', () => {
    expect(CHANNELS.wecom.judge(200, '{"errcode":0,"errmsg":"ok"}')).toEqual({ ok: true });
    expect(CHANNELS.wecom.judge(200, '{"errcode":93000,"errmsg":"invalid webhook url"}')).toMatchObject({
      ok: false,
      retryable: false,
    });
    expect(CHANNELS.wecom.judge(200, '{"errcode":45009,"errmsg":"freq"}')).toMatchObject({ retryable: true });
    expect(CHANNELS.dingtalk.judge(200, '{"errcode":310000,"errmsg":"sign not match"}')).toMatchObject({ ok: false });
    expect(CHANNELS.feishu.judge(200, '{"code":19021,"msg":"sign match fail"}')).toMatchObject({ ok: false });
    expect(CHANNELS.feishu.judge(200, '{"StatusCode":0,"StatusMessage":"success"}')).toEqual({ ok: true });
    expect(CHANNELS.telegram.judge(400, '{"ok":false,"description":"Bad Request: chat not found"}')).toEqual({
      ok: false,
      retryable: false,
      error: 'HTTP 400: Bad Request: chat not found',
    });
    expect(CHANNELS.slack.judge(500, 'oops')).toMatchObject({ ok: false, retryable: true });
    expect(CHANNELS.webhook.judge(204, '')).toEqual({ ok: true });
  });
});

describe('previewSecret', () => {
  it('shows only the last 4 characters', () => {
    expect(previewSecret('https://hooks.example.com/T000/B000/XXXXwxyz')).toBe('…wxyz');
    expect(previewSecret('short')).toBe('…');
  });
});
