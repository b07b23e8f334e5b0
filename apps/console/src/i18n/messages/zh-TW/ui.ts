import type { TranslationOf } from '../../define-messages';
import type { uiMessages } from '../ui';

/** 繁體中文: the strings of messages/ui.ts. */
export const uiZhTW = {
  'ui.cancel': '取消',
  'ui.confirm': '確認',
  'ui.close': '關閉',
  'ui.copy': '複製',
  'ui.copied': '已複製',
  'ui.copyFailed': '複製失敗',
  'ui.notifications': '通知',
} satisfies TranslationOf<typeof uiMessages.en>;
