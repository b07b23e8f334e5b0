import { defineMessages } from '../define-messages';

export const meMessages = defineMessages({
  en: {
    'page.me.title': 'My usage',
    'page.me.description': 'Your requests, spending, quotas and keys.',
    'page.me.greeting': 'Signed in as {name}',
    'page.me.emptyTitle': 'No usage yet',
    'page.me.emptyDescription': 'Your usage appears here once you send requests with your key.',
  },
  'zh-CN': {
    'page.me.title': '我的用量',
    'page.me.description': '你的请求、花费、配额与密钥。',
    'page.me.greeting': '当前登录：{name}',
    'page.me.emptyTitle': '暂无用量',
    'page.me.emptyDescription': '使用你的密钥发送请求后，用量会显示在这里。',
  },
});
