import { plainText } from '../format-message.js';
import { feishuSign } from '../signing.js';
import { type ChannelAdapter, JSON_HEADERS, judgeStatus, parseObject, snippet } from './channel.js';

/**
 * Feishu / Lark custom bot: `{"msg_type":"text","content":{"text":…}}`; with a signing secret the
 * body also carries `timestamp` (seconds, as a string) and `sign`.
 */
export const feishuChannel: ChannelAdapter = {
  render({ target, message, now }) {
    const seconds = Math.floor(now / 1000);
    const signature = target.signingSecret
      ? { timestamp: String(seconds), sign: feishuSign(target.signingSecret, seconds) }
      : {};
    return {
      url: target.credential,
      headers: { ...JSON_HEADERS },
      body: JSON.stringify({ ...signature, msg_type: 'text', content: { text: plainText(message) } }),
    };
  },
  judge(status, body) {
    const transport = judgeStatus(status, body);
    if (!transport.ok) return transport;
    const reply = parseObject(body);
    if (reply === null) return { ok: false, retryable: false, error: `unexpected answer: ${snippet(body)}` };
    // current bots answer `code`, older ones `StatusCode`
    const code = Number(reply.code ?? reply.StatusCode ?? 0);
    if (code === 0) return { ok: true };
    const reason = String(reply.msg ?? reply.StatusMessage ?? '');
    // 11232: rate limited
    return { ok: false, retryable: code === 11232, error: `code ${code}: ${reason}` };
  },
};
