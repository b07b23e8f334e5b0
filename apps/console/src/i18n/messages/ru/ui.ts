import type { TranslationOf } from '../../define-messages';
import type { uiMessages } from '../ui';

/** Русский: the strings of messages/ui.ts. */
export const uiRu = {
  'ui.cancel': 'Отмена',
  'ui.confirm': 'Подтвердить',
  'ui.close': 'Закрыть',
  'ui.copy': 'Копировать',
  'ui.copied': 'Скопировано',
  'ui.copyFailed': 'Не удалось скопировать',
  'ui.notifications': 'Уведомления',
} satisfies TranslationOf<typeof uiMessages.en>;
