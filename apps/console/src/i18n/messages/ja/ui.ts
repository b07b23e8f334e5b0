import type { TranslationOf } from '../../define-messages';
import type { uiMessages } from '../ui';

/** 日本語: the strings of messages/ui.ts. */
export const uiJa = {
  'ui.cancel': 'キャンセル',
  'ui.confirm': '確認',
  'ui.close': '閉じる',
  'ui.copy': 'コピー',
  'ui.copied': 'コピーしました',
  'ui.copyFailed': 'コピーできませんでした',
  'ui.notifications': '通知',
} satisfies TranslationOf<typeof uiMessages.en>;
