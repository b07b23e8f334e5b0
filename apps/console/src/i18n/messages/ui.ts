import { defineMessages } from '../define-messages';

/** Strings of the shared UI kit (dialogs, tables, copy buttons, query states). */
export const uiMessages = defineMessages({
  en: {
    'ui.cancel': 'Cancel',
    'ui.confirm': 'Confirm',
    'ui.close': 'Close',
    'ui.copy': 'Copy',
    'ui.copied': 'Copied',
    'ui.copyFailed': 'Copy failed',
    'ui.notifications': 'Notifications',
  },
  'zh-CN': {
    'ui.cancel': '取消',
    'ui.confirm': '确认',
    'ui.close': '关闭',
    'ui.copy': '复制',
    'ui.copied': '已复制',
    'ui.copyFailed': '复制失败',
    'ui.notifications': '通知',
  },
});
