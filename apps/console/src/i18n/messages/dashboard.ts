import { defineMessages } from '../define-messages';

export const dashboardMessages = defineMessages({
  en: {
    'page.dashboard.title': 'Dashboard',
    'page.dashboard.description': 'Requests, cost, tokens and provider health at a glance.',
    'page.dashboard.emptyTitle': 'No traffic yet',
    'page.dashboard.emptyDescription': 'Trends and charts appear here once requests flow through the gateway.',
  },
  'zh-CN': {
    'page.dashboard.title': '仪表盘',
    'page.dashboard.description': '请求、费用、令牌用量与供应商健康状况一览。',
    'page.dashboard.emptyTitle': '暂无流量',
    'page.dashboard.emptyDescription': '有请求经过网关后，这里会显示趋势与图表。',
  },
});
