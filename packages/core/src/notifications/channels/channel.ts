import type { NotificationMessage } from '../format-message.js';
import type { NotificationEvent } from '../notification-event.js';
import type { NotificationTargetConfig } from '../target.js';

/** One HTTP POST to a chat platform or webhook. */
export interface OutgoingRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export type DeliveryVerdict = { ok: true } | { ok: false; retryable: boolean; error: string };

export interface RenderInput {
  target: NotificationTargetConfig;
  event: NotificationEvent;
  subject: string;
  message: NotificationMessage;
  /** Send time (epoch ms): signatures and timestamps are made fresh for every attempt. */
  now: number;
}

/** How one platform wants a message (and its signature), and how it says a message was taken. */
export interface ChannelAdapter {
  render(input: RenderInput): OutgoingRequest;
  /** Reads the platform's answer; 2xx alone is not success for the chat robots that answer errors in JSON. */
  judge(status: number, body: string): DeliveryVerdict;
}

export const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' } as const;

/** Transport-level answer: 2xx is fine; 429 and 5xx are worth another try; other 4xx are not. */
export function judgeStatus(status: number, body: string): DeliveryVerdict {
  if (status >= 200 && status < 300) return { ok: true };
  return { ok: false, retryable: status === 429 || status >= 500, error: `HTTP ${status}: ${snippet(body)}` };
}

export function snippet(body: string): string {
  const text = body.replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** Parses a JSON answer; null when it is not JSON or not an object. */
export function parseObject(body: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * WeCom and DingTalk answer HTTP 200 with `errcode` 0 on success and another code on failure;
 * the codes in `retryable` mean "sending too fast".
 */
export function judgeErrcode(status: number, body: string, retryable: readonly number[]): DeliveryVerdict {
  const transport = judgeStatus(status, body);
  if (!transport.ok) return transport;
  const reply = parseObject(body);
  if (reply === null) return { ok: false, retryable: false, error: `unexpected answer: ${snippet(body)}` };
  const code = Number(reply.errcode ?? 0);
  if (code === 0) return { ok: true };
  return { ok: false, retryable: retryable.includes(code), error: `errcode ${code}: ${String(reply.errmsg ?? '')}` };
}
