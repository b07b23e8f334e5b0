import { createHmac } from 'node:crypto';

/** DingTalk's `sign` query value: base64 HMAC-SHA256 of "<timestamp ms>\n<secret>", keyed by the secret. */
export function dingtalkSign(secret: string, timestampMs: number): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');
}

/** Feishu's `sign` body field: base64 HMAC-SHA256 of nothing, keyed by "<timestamp s>\n<secret>". */
export function feishuSign(secret: string, timestampSeconds: number): string {
  return createHmac('sha256', `${timestampSeconds}\n${secret}`).update('').digest('base64');
}

/** The generic webhook's `X-CCH-Signature` value: `sha256=<hex HMAC-SHA256 of the raw body>`. */
export function webhookSignature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}
