import { defineMessages } from '../define-messages';

export const logsMessages = defineMessages({
  en: {
    'page.logs.title': 'Request logs',
    'page.logs.description': 'Every request with its tokens, cost and routing decisions.',
    'page.logs.emptyTitle': 'No requests yet',
    'page.logs.emptyDescription': 'Requests sent through the gateway will be listed here.',
  },
  'zh-CN': {
    'page.logs.title': '请求日志',
    'page.logs.description': '每个请求的令牌、费用与路由决策。',
    'page.logs.emptyTitle': '暂无请求',
    'page.logs.emptyDescription': '经过网关的请求会列在这里。',
  },
});
