import { defineMessages } from '../define-messages';

export const providersMessages = defineMessages({
  en: {
    'page.providers.title': 'Providers',
    'page.providers.description': 'Upstream providers, their health, circuit state and routing.',
    'page.providers.emptyTitle': 'No providers yet',
    'page.providers.emptyDescription': 'Add an upstream provider to start routing requests.',
  },
  'zh-CN': {
    'page.providers.title': '供应商',
    'page.providers.description': '上游供应商的健康状况、熔断状态与路由配置。',
    'page.providers.emptyTitle': '暂无供应商',
    'page.providers.emptyDescription': '添加一个上游供应商即可开始转发请求。',
  },
});
