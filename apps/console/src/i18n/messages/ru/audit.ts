import type { TranslationOf } from '../../define-messages';
import type { auditMessages } from '../audit';

/** Русский: the strings of messages/audit.ts. */
export const auditRu = {
  'page.audit.title': 'Журнал аудита',
  'page.audit.description': 'Все изменения, сделанные через консоль или API администратора: кто, что, когда и откуда.',
  'page.audit.filter.area': 'Раздел',
  'page.audit.filter.allAreas': 'Все разделы',
  'page.audit.filter.actor': 'Кто изменил (точно, например admin)',
  'page.audit.filter.from': 'С даты',
  'page.audit.filter.to': 'По дату (включительно)',
  'page.audit.loading': 'Загрузка журнала аудита',
  'page.audit.emptyTitle': 'Подходящих изменений нет',
  'page.audit.emptyDescription': 'Здесь записываются изменения провайдеров, пользователей, ключей, цен и настроек.',
  'page.audit.changes': 'Изменено полей: {count}',
  'page.audit.more': 'Загрузить более ранние записи',
} satisfies TranslationOf<typeof auditMessages.en>;
