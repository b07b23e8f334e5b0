import type { TranslationOf } from '../../define-messages';
import type { meMessages } from '../me';

/** Русский: the strings of messages/me.ts. */
export const meRu = {
  'page.me.title': 'Моё потребление',
  'page.me.description': 'Ваши запросы, расходы, квоты и ключи.',
  'page.me.greeting': 'Вы вошли как {name}',
  'page.me.emptyTitle': 'Потребления пока нет',
  'page.me.emptyDescription': 'Данные появятся здесь, когда вы отправите запросы со своим ключом.',
  'page.me.user': 'Пользователь',
  'page.me.key': 'Ключ, с которым выполнен вход',
  'page.me.noKey': 'У этого сеанса нет ключа.',
  'page.me.group': 'Группа: {group}',
  'page.me.expires': 'Истекает {date}',
  'page.me.stats.title': 'Потребление',
  'page.me.stats.requests': 'Запросы',
  'page.me.stats.cost': 'Расходы',
  'page.me.stats.tokens': 'Токены',
  'page.me.stats.errors': 'Ошибки',
  'page.me.stats.thisKey': 'Этот ключ: {value}',
  'page.me.stats.tokenSplit': 'Вход {input} · выход {output} · кэш {cached}',
  'page.me.stats.errorRate': '{rate} запросов',
  'page.me.period.label': 'Период',
  'page.me.period.day': 'За 24 часа',
  'page.me.period.week': 'За 7 дней',
  'page.me.period.month': 'За 30 дней',
  'page.me.userQuotas': 'Ваши квоты',
  'page.me.userQuotasDescription': 'Лимиты вашей учётной записи, общие для всех ваших ключей.',
  'page.me.keyQuotas': 'Квоты этого ключа',
  'page.me.keyQuotasDescription':
    'Лимиты ключа, с которым выполнен вход; действуют в дополнение к лимитам учётной записи.',
  'page.me.keys': 'Ваши ключи',
  'page.me.keysDescription': 'Показано только начало каждого ключа. За новым ключом обратитесь к администратору.',
  'page.me.keysEmpty': 'Ключей нет',
} satisfies TranslationOf<typeof meMessages.en>;
