import { defineMessages } from '../define-messages';

export const auditMessages = defineMessages({
  en: {
    'page.audit.title': 'Audit log',
    'page.audit.description': 'Every change made through the console or the admin API: who, what, when and from where.',
    'page.audit.filter.area': 'Area',
    'page.audit.filter.allAreas': 'All areas',
    'page.audit.filter.actor': 'Actor (exact, e.g. admin)',
    'page.audit.filter.from': 'From day',
    'page.audit.filter.to': 'To day (inclusive)',
    'page.audit.loading': 'Loading the audit log',
    'page.audit.emptyTitle': 'No matching changes',
    'page.audit.emptyDescription': 'Changes to providers, users, keys, prices and settings are recorded here.',
    'page.audit.changes': '{count} changed fields',
    'page.audit.more': 'Load older entries',
  },
  'zh-CN': {
    'page.audit.title': '审计日志',
    'page.audit.description': '通过控制台或管理 API 做出的每项变更：谁、做了什么、何时、从何处。',
    'page.audit.filter.area': '范围',
    'page.audit.filter.allAreas': '全部范围',
    'page.audit.filter.actor': '操作者（精确匹配，如 admin）',
    'page.audit.filter.from': '开始日期',
    'page.audit.filter.to': '结束日期（含）',
    'page.audit.loading': '正在加载审计日志',
    'page.audit.emptyTitle': '没有匹配的变更',
    'page.audit.emptyDescription': '供应商、用户、密钥、价格和设置的变更都记录在这里。',
    'page.audit.changes': '{count} 个字段有变更',
    'page.audit.more': '加载更早的记录',
  },
});
