import type { MessageKey } from './en';
import { ruPages } from './messages/ru';

/** Русский. `satisfies` makes a missing or misspelt key a compile error. */
export const ru = {
  'app.name': 'Claude Code Hub',
  'app.tagline': 'Шлюз AI API',

  'nav.label': 'Основная навигация',
  'nav.open': 'Открыть навигацию',
  'nav.close': 'Закрыть навигацию',
  'nav.group.monitor': 'Мониторинг',
  'nav.group.manage': 'Управление',
  'nav.group.account': 'Учётная запись',
  'nav.group.help': 'Справка',
  'nav.dashboard': 'Обзор',
  'nav.logs': 'Журнал запросов',
  'nav.leaderboard': 'Рейтинг',
  'nav.sessions': 'Сессии',
  'nav.quotas': 'Квоты',
  'nav.audit': 'Журнал аудита',
  'nav.data': 'Данные',
  'nav.availability': 'Доступность',
  'nav.providers': 'Провайдеры',
  'nav.users': 'Пользователи и ключи',
  'nav.prices': 'Цены моделей',
  'nav.settings': 'Настройки',
  'nav.notifications': 'Уведомления',
  'nav.usageGuide': 'Руководство',
  'nav.me': 'Моё потребление',

  'a11y.skipToContent': 'Перейти к содержимому',

  'language.label': 'Язык',
  'language.current': 'Язык: {language}',

  'theme.label': 'Тема',
  'theme.current': 'Тема: {theme}',
  'theme.light': 'Светлая',
  'theme.dark': 'Тёмная',
  'theme.system': 'Как в системе',

  'account.menu': 'Меню учётной записи',
  'account.role.admin': 'Администратор',
  'account.role.user': 'Пользователь',
  'account.logout': 'Выйти',
  'account.loggingOut': 'Выход…',

  'login.title': 'Вход',
  'login.subtitle': 'Войдите с токеном администратора или ключом пользователя с доступом к консоли.',
  'login.tokenLabel': 'Токен доступа',
  'login.tokenPlaceholder': 'Токен админа или ключ sk-…',
  'login.showToken': 'Показать токен',
  'login.hideToken': 'Скрыть токен',
  'login.submit': 'Войти',
  'login.submitting': 'Вход…',
  'login.errorEmpty': 'Введите токен, чтобы войти.',
  'login.errorRejected': 'Токен не принят.',
  'login.errorNetwork': 'Шлюз недоступен. Проверьте, что он запущен.',
  'login.footer': 'Сеанс хранится в защищённом cookie этого браузера.',

  'common.loading': 'Загрузка…',
  'common.retry': 'Повторить',
  'common.error.title': 'Что-то пошло не так',
  'common.error.description': 'Не удалось загрузить страницу.',
  'notFound.title': 'Страница не найдена',
  'notFound.description': 'Запрошенной страницы не существует.',
  'notFound.back': 'На главную',

  ...ruPages,
} satisfies Record<MessageKey, string>;
