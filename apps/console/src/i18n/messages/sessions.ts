import { defineMessages } from '../define-messages';

export const sessionsMessages = defineMessages({
  en: {
    'page.sessions.title': 'Sessions',
    'page.sessions.description': 'Live client sessions and the providers they are bound to.',
    'page.sessions.emptyTitle': 'No active sessions',
    'page.sessions.emptyDescription': 'Sessions appear here while clients are working.',
  },
  'zh-CN': {
    'page.sessions.title': '会话',
    'page.sessions.description': '实时客户端会话及其绑定的供应商。',
    'page.sessions.emptyTitle': '暂无活跃会话',
    'page.sessions.emptyDescription': '客户端工作时，会话会显示在这里。',
  },
});
