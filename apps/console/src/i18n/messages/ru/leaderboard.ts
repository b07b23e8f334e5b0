import type { TranslationOf } from '../../define-messages';
import type { leaderboardMessages } from '../leaderboard';

/** Русский: the strings of messages/leaderboard.ts. */
export const leaderboardRu = {
  'page.leaderboard.title': 'Рейтинг',
  'page.leaderboard.description': 'Лучшие пользователи, провайдеры и модели по запросам и расходам.',
  'page.leaderboard.emptyTitle': 'Рейтинга пока нет',
  'page.leaderboard.emptyDescription': 'Рейтинг строится по записанным запросам.',
  'page.leaderboard.dimension.label': 'Кого ранжировать',
  'page.leaderboard.dimension.user': 'Пользователи',
  'page.leaderboard.dimension.provider': 'Провайдеры',
  'page.leaderboard.dimension.model': 'Модели',
  'page.leaderboard.col.rank': 'Место',
  'page.leaderboard.col.user': 'Пользователь',
  'page.leaderboard.col.provider': 'Провайдер',
  'page.leaderboard.col.model': 'Модель',
  'page.leaderboard.col.requests': 'Запросы',
  'page.leaderboard.col.tokens': 'Токены',
  'page.leaderboard.col.errorRate': 'Доля ошибок',
  'page.leaderboard.col.cost': 'Расходы',
  'page.leaderboard.col.share': 'Доля расходов',
  'page.leaderboard.tableLabel': '{dimension}: рейтинг по расходам, {period}',
  'page.leaderboard.deleted': 'Удалён ({id})',
  'page.leaderboard.none.user': 'Без пользователя (не авторизован)',
  'page.leaderboard.none.provider': 'Без провайдера (ответил шлюз)',
  'page.leaderboard.none.model': 'Без модели',
  'page.leaderboard.report.title': 'Отчёт о расходах',
  'page.leaderboard.report.description':
    'Расходы по пользователям, ключам, провайдерам или моделям за период, с названиями, идентификаторами и итогами. ' +
    'Строится по почасовым данным.',
  'page.leaderboard.report.from': 'С',
  'page.leaderboard.report.to': 'По (включительно)',
  'page.leaderboard.report.by': 'Группировать по',
  'page.leaderboard.report.dimension.user': 'Пользователь',
  'page.leaderboard.report.dimension.key': 'Ключ',
  'page.leaderboard.report.dimension.provider': 'Провайдер',
  'page.leaderboard.report.dimension.model': 'Модель',
  'page.leaderboard.report.format': 'Формат файла',
  'page.leaderboard.report.download': 'Скачать',
  'page.leaderboard.report.invalid': 'Выберите хотя бы одну группировку и период, который заканчивается после начала.',
} satisfies TranslationOf<typeof leaderboardMessages.en>;
