import type { NotificationChannel } from '@cch/contract';
import type { ChannelAdapter } from './channel.js';
import { dingtalkChannel } from './dingtalk.js';
import { feishuChannel } from './feishu.js';
import { slackChannel } from './slack.js';
import { telegramChannel } from './telegram.js';
import { webhookChannel } from './webhook.js';
import { wecomChannel } from './wecom.js';

export type { ChannelAdapter, DeliveryVerdict, OutgoingRequest, RenderInput } from './channel.js';

/** Every channel, by name: a new platform only adds a file here. */
export const CHANNELS: Record<NotificationChannel, ChannelAdapter> = {
  wecom: wecomChannel,
  feishu: feishuChannel,
  dingtalk: dingtalkChannel,
  telegram: telegramChannel,
  slack: slackChannel,
  webhook: webhookChannel,
};
