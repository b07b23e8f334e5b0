import type { TranslationOf } from '../../define-messages';
import type { quotasMessages } from '../quotas';

/** Русский: the strings of messages/quotas.ts. */
export const quotasRu = {
  'page.quotas.title': 'Квоты',
  'page.quotas.description':
    'Все пользователи и ключи с лимитами и расход по каждому лимиту; обновляется каждые 30 секунд.',
  'page.quotas.search': 'Поиск по имени',
  'page.quotas.kind.label': 'Показать',
  'page.quotas.kind.all': 'Пользователи и ключи',
  'page.quotas.kind.users': 'Только пользователи',
  'page.quotas.kind.keys': 'Только ключи',
  'page.quotas.kind.user': 'Пользователь',
  'page.quotas.kind.key': 'Ключ',
  'page.quotas.sort.label': 'Порядок',
  'page.quotas.sort.closest': 'Ближе всего к лимиту',
  'page.quotas.sort.reset': 'Скорый сброс',
  'page.quotas.sort.name': 'Имя',
  'page.quotas.ownedBy': 'владелец: {name}',
  'page.quotas.disabled': 'Отключён',
  'page.quotas.closest': '{limit}: {percent}',
  'page.quotas.count': 'С лимитами: {count} · без лимитов: {unlimited}',
  'page.quotas.emptyTitle': 'Лимиты не заданы',
  'page.quotas.emptyDescription': 'Здесь появятся пользователи и ключи, у которых задан лимит запросов или расходов.',
} satisfies TranslationOf<typeof quotasMessages.en>;
