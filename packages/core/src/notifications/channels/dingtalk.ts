import { dingtalkSign } from '../signing.js';
import { type ChannelAdapter, JSON_HEADERS, judgeErrcode } from './channel.js';

/**
 * DingTalk custom robot: a markdown message to its webhook URL; with a signing secret, the URL
 * also carries `timestamp` (ms) and `sign`.
 */
export const dingtalkChannel: ChannelAdapter = {
  render({ target, message, now }) {
    const url = new URL(target.credential);
    if (target.signingSecret) {
      url.searchParams.set('timestamp', String(now));
      url.searchParams.set('sign', dingtalkSign(target.signingSecret, now));
    }
    const text = [`#### ${message.title}`, ...message.lines.map((line) => `- ${line}`)].join('\n');
    return {
      url: url.toString(),
      headers: { ...JSON_HEADERS },
      body: JSON.stringify({ msgtype: 'markdown', markdown: { title: message.title, text } }),
    };
  },
  // 130101: sending too fast
  judge: (status, body) => judgeErrcode(status, body, [130101]),
};
