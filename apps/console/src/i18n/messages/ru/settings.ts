import type { TranslationOf } from '../../define-messages';
import type { settingsMessages } from '../settings';

/** Русский: the strings of messages/settings.ts. */
export const settingsRu = {
  'page.settings.title': 'Настройки',
  'page.settings.description': 'Общие настройки шлюза.',
  'page.settings.reserve.title': 'Резервирование расходов',
  'page.settings.reserve.description':
    'Пока запрос выполняется, под каждый лимит расходов резервируется сумма, пока не станет известна реальная ' +
    'стоимость. Она никогда не списывается.',
  'page.settings.reserve.label': 'Резерв на запрос (USD)',
  'page.settings.reserve.placeholder': 'Оценить по цене модели',
  'page.settings.reserve.hint':
    'Оставьте пустым, чтобы оценивать по цене модели и размеру запроса ($0.05, если у модели нет цены). ' +
    'Фиксированная сумма проще, но вблизи лимита может пропустить слишком много или слишком мало запросов.',
  'page.settings.reserve.invalid':
    'Введите неотрицательную сумму в USD не более чем с 9 знаками после точки, например 0.05.',
  'page.settings.custom.title': 'Другие сохранённые настройки',
  'page.settings.custom.description':
    'Дополнительные ключи, сохранённые через API настроек, в формате JSON. Сам шлюз читает только настройки выше; ' +
    'эти хранятся для скриптов и интеграций.',
  'page.settings.custom.empty': 'Других сохранённых настроек нет.',
  'page.settings.custom.add': 'Добавить настройку',
  'page.settings.custom.remove': 'Удалить новую настройку {key}',
  'page.settings.custom.key': 'Имя',
  'page.settings.custom.value': 'Значение (JSON)',
  'page.settings.custom.valueOf': 'Значение {key} (JSON)',
  'page.settings.custom.keyRequired': 'Введите имя.',
  'page.settings.custom.keyDuplicate': 'Это имя уже используется.',
  'page.settings.custom.keyReserved': 'Для этой настройки есть отдельное поле выше.',
  'page.settings.custom.keyTooLong': 'Не более 100 символов.',
  'page.settings.custom.jsonInvalid': 'Недопустимый JSON. Строки нужно заключать в двойные кавычки, например "value".',
  'page.settings.save': 'Сохранить настройки',
  'page.settings.reset': 'Отменить изменения',
  'page.settings.saved': 'Настройки сохранены',
  'page.settings.savedDescription': 'Шлюз применяет их сразу.',
  'page.settings.saveFailed': 'Не удалось сохранить настройки',
  'page.settings.fixErrors': 'Сначала исправьте выделенные поля.',
  'page.settings.env.title': 'Конфигурация развёртывания',
  'page.settings.env.description':
    'Задаётся переменными окружения при запуске шлюза. Чтобы изменить значение, отредактируйте .env (или окружение ' +
    'контейнера) и перезапустите шлюз.',
  'page.settings.env.variable': 'Переменная',
  'page.settings.env.billedModel': 'Тарифицируемая модель',
  'page.settings.env.billedModel.requested': 'Модель, запрошенная клиентом',
  'page.settings.env.billedModel.redirected': 'Модель после перенаправления (отправляемая провайдеру)',
  'page.settings.env.logRetention': 'Хранение журнала запросов',
  'page.settings.env.days': '{days} дн.',
  'page.settings.env.forever': 'Бессрочно',
  'page.settings.env.storeBodies': 'Сохранять тела запросов и ответов',
  'page.settings.env.priceSyncUrl': 'Источник синхронизации цен',
  'page.settings.env.priceSyncSchedule': 'Расписание синхронизации цен',
  'page.settings.env.everyHours': 'Каждые {hours} ч',
  'page.settings.env.onDemand': 'Только вручную (страница цен)',
  'page.settings.env.sessionTtl': 'Привязка сессии (TTL)',
  'page.settings.env.seconds': '{seconds} с',
  'page.settings.env.maxProviders': 'Провайдеров на запрос',
  'page.settings.env.interceptWarmup': 'Отвечать на прогревочные запросы Claude Code локально',
  'page.settings.env.timeZone': 'Часовой пояс (дневные лимиты, статистика)',
  'page.settings.env.database': 'База данных',
  'page.settings.env.database.postgres': 'PostgreSQL (внешняя)',
  'page.settings.env.database.pglite': 'Встроенная (PGlite, в DATA_DIR)',
  'page.settings.env.redis': 'Общее состояние',
  'page.settings.env.redis.on': 'Redis (общий для всех экземпляров шлюза)',
  'page.settings.env.redis.off': 'В памяти (один экземпляр)',
  'page.settings.env.yes': 'Да',
  'page.settings.env.no': 'Нет',
  'page.settings.runtime.title': 'Настройки во время работы',
  'page.settings.runtime.save': 'Применить настройки',
  'page.settings.runtime.discard': 'Отменить',
  'page.settings.runtime.description':
    'Применяются ко всем экземплярам шлюза за несколько секунд, без перезапуска. Значения, не сохранённые здесь, ' +
    'берутся из .env.',
  'page.settings.runtime.applied': 'Все экземпляры шлюза применят их за несколько секунд.',
  'page.settings.runtime.source.database': 'Сохранено здесь',
  'page.settings.runtime.source.environment': 'Из .env',
  'page.settings.runtime.source.default': 'По умолчанию',
  'page.settings.runtime.reset': 'Взять значение из .env',
  'page.settings.runtime.resetHint': 'Удалить сохранённое значение; снова будет действовать {value}',
  'page.settings.runtime.logRetentionDays': 'Хранение журнала запросов (дней)',
  'page.settings.runtime.sessionTtlSeconds': 'Привязка сессии (секунд)',
  'page.settings.runtime.displayCurrency': 'Валюта отображения',
  'page.settings.runtime.usdExchangeRate': 'Единиц валюты отображения за 1 USD',
  'page.settings.runtime.siteTitle': 'Заголовок сайта',
  'page.settings.runtime.timeZoneHint':
    'Имя IANA, например Europe/Moscow: определяет, когда сбрасываются дневные, недельные и месячные квоты.',
  'page.settings.runtime.zeroKeeps': '0 — хранить журнал запросов бессрочно.',
  'page.settings.runtime.storeBodiesHint':
    'Каждый запрос и полученный ответ (потоковый ответ собирается в один) хранятся отдельно от журнала ' +
    'запросов, до {cap} каждый; более длинные обрезаются и помечаются. Заголовки не сохраняются.',
  'page.settings.runtime.bodyRetentionDays': 'Хранение тел (дней)',
  'page.settings.runtime.bodyRetentionHint':
    'Сохранённые запросы и ответы удаляются через столько дней, независимо от журнала запросов.',
  'page.settings.runtime.currencyHint':
    'Код ISO, например RUB. Расходы по-прежнему учитываются в USD; консоль показывает обе суммы.',
} satisfies TranslationOf<typeof settingsMessages.en>;
