import { plainText } from '../format-message.js';
import { webhookSignature } from '../signing.js';
import { type ChannelAdapter, JSON_HEADERS, judgeStatus } from './channel.js';

/**
 * A plain JSON webhook. With a signing secret, `X-CCH-Signature: sha256=<hex>` is the
 * HMAC-SHA256 of the raw body, which carries its own `sentAt`; `X-CCH-Timestamp` repeats it
 * (seconds) so a receiver can refuse stale deliveries before parsing.
 */
export const webhookChannel: ChannelAdapter = {
  render({ target, event, subject, message, now }) {
    const { at, kind, ...facts } = event;
    const body = JSON.stringify({
      event: kind,
      subject,
      occurredAt: new Date(at).toISOString(),
      sentAt: new Date(now).toISOString(),
      title: message.title,
      text: plainText(message),
      facts,
    });
    const headers: Record<string, string> = {
      ...JSON_HEADERS,
      'x-cch-event': kind,
      'x-cch-timestamp': String(Math.floor(now / 1000)),
    };
    if (target.signingSecret) headers['x-cch-signature'] = webhookSignature(target.signingSecret, body);
    return { url: target.credential, headers, body };
  },
  judge: judgeStatus,
};
