import { defineMessages } from '../define-messages';

export const usersMessages = defineMessages({
  en: {
    'page.users.title': 'Users & keys',
    'page.users.description': 'Users, their API keys, limits and quota usage.',
    'page.users.emptyTitle': 'No users yet',
    'page.users.emptyDescription': 'Create a user and issue a key to give someone access.',
  },
  'zh-CN': {
    'page.users.title': '用户与密钥',
    'page.users.description': '用户、API 密钥、限额与配额用量。',
    'page.users.emptyTitle': '暂无用户',
    'page.users.emptyDescription': '创建用户并签发密钥，即可授予访问权限。',
  },
});
