import { type ChannelAdapter, JSON_HEADERS, judgeErrcode } from './channel.js';

/** WeCom (企业微信) group robot: `{"msgtype":"markdown","markdown":{"content":…}}` to its webhook URL. */
export const wecomChannel: ChannelAdapter = {
  render({ target, message }) {
    const content = [`**${message.title}**`, ...message.lines.map((line) => `> ${line}`)].join('\n');
    return {
      url: target.credential,
      headers: { ...JSON_HEADERS },
      body: JSON.stringify({ msgtype: 'markdown', markdown: { content } }),
    };
  },
  // 45009: api freq out of limit
  judge: (status, body) => judgeErrcode(status, body, [45009]),
};
