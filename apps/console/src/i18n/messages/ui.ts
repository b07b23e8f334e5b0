import { defineMessages } from '../define-messages';

/** Strings of the shared UI kit (dialogs, tables, copy buttons, query states). */
export const uiMessages = defineMessages({
  en: {
    'ui.cancel': 'Cancel',
    'ui.confirm': 'Confirm',
    'ui.close': 'Close',
  },
  'zh-CN': {
    'ui.cancel': '取消',
    'ui.confirm': '确认',
    'ui.close': '关闭',
  },
});
