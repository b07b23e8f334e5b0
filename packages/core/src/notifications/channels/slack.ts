import { type ChannelAdapter, JSON_HEADERS, judgeStatus } from './channel.js';

/** Slack-style incoming webhook (also Mattermost, Discord's /slack endpoint): `{"text": …}`. */
export const slackChannel: ChannelAdapter = {
  render({ target, message }) {
    const text = [`*${message.title}*`, ...message.lines].join('\n');
    return { url: target.credential, headers: { ...JSON_HEADERS }, body: JSON.stringify({ text }) };
  },
  judge: judgeStatus,
};
