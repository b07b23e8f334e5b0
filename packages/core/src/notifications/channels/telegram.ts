import { NOTIFICATION_DEFAULTS } from '@cch/contract';
import { plainText } from '../format-message.js';
import { type ChannelAdapter, JSON_HEADERS, judgeStatus, parseObject } from './channel.js';

/** Telegram's hard limit on a message's text. */
const MAX_TEXT = 4096;

/** Telegram bot: `POST <api>/bot<token>/sendMessage` with `chat_id` and plain `text`. */
export const telegramChannel: ChannelAdapter = {
  render({ target, message }) {
    const base = (target.apiBaseUrl ?? NOTIFICATION_DEFAULTS.telegramApiBaseUrl).replace(/\/+$/, '');
    const text = plainText(message);
    return {
      url: `${base}/bot${target.credential}/sendMessage`,
      headers: { ...JSON_HEADERS },
      body: JSON.stringify({
        chat_id: target.chatId,
        text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text,
        disable_web_page_preview: true,
      }),
    };
  },
  judge(status, body) {
    const reply = parseObject(body);
    if (reply?.ok === true) return { ok: true };
    if (reply && typeof reply.description === 'string') {
      const retryable = status === 429 || status >= 500;
      return { ok: false, retryable, error: `HTTP ${status}: ${reply.description}` };
    }
    const transport = judgeStatus(status, body);
    return transport.ok ? { ok: false, retryable: false, error: 'answer without "ok": true' } : transport;
  },
};
