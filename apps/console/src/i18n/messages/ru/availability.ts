import type { TranslationOf } from '../../define-messages';
import type { availabilityMessages } from '../availability';

/** Русский: the strings of messages/availability.ts. */
export const availabilityRu = {
  'page.availability.title': 'Доступность',
  'page.availability.description':
    'Каждый провайдер по фоновым проверкам и реальному трафику: работает, деградирован или недоступен, задержка ' +
    'и последние ошибки.',
  'page.availability.window': 'Период',
  'page.availability.window.1h': 'Последний час',
  'page.availability.window.24h': 'Последние 24 часа',
  'page.availability.window.7d': 'Последние 7 дней',
  'page.availability.window.30d': 'Последние 30 дней',
  'page.availability.loading': 'Загрузка доступности',
  'page.availability.empty': 'Провайдеров пока нет.',
  'page.availability.probesOff':
    'Фоновые проверки выключены (PROBE_INTERVAL_SECONDS=0): учитывается только реальный трафик.',
  'page.availability.probeEvery': 'Проверка каждые {seconds} с; медленнее {ms} мс считается деградацией.',
  'page.availability.state.up': 'Работает',
  'page.availability.state.degraded': 'Деградирован',
  'page.availability.state.down': 'Недоступен',
  'page.availability.state.none': 'Нет данных',
  'page.availability.disabled': 'Отключён',
  'page.availability.uptime': 'Доступность {value}',
  'page.availability.successRate': 'Доля успешных {value}',
  'page.availability.timeline': 'Хронология: {name}',
  'page.availability.latency': 'Задержка: {name}',
  'page.availability.series.probe': 'Задержка проверки',
  'page.availability.series.p50': 'Первый байт p50',
  'page.availability.series.p95': 'Первый байт p95',
  'page.availability.lastErrors': 'Последние ошибки',
  'page.availability.noErrors': 'За этот период ошибок нет.',
  'page.availability.source.probe': 'проверка',
  'page.availability.source.traffic': 'запрос',
  'page.status.title': 'Публичная страница статуса',
  'page.status.description':
    'Страница /status, которую может открыть любой без входа. На ней видны только публичные названия ниже, их ' +
    'состояние и доступность: ни названий провайдеров, ни URL, ключей, моделей или расходов.',
  'page.status.enabled': 'Опубликовать страницу статуса',
  'page.status.pageTitle': 'Заголовок страницы',
  'page.status.kind': 'Что показывать',
  'page.status.kind.provider': 'Провайдер',
  'page.status.kind.group': 'Группа провайдеров',
  'page.status.ref': 'Провайдер или группа',
  'page.status.publicName': 'Публичное название',
  'page.status.add': 'Добавить запись',
  'page.status.remove': 'Убрать',
  'page.status.save': 'Сохранить',
  'page.status.saved': 'Страница статуса сохранена',
  'page.status.open': 'Открыть /status',
} satisfies TranslationOf<typeof availabilityMessages.en>;
