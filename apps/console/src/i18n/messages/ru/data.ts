import type { TranslationOf } from '../../define-messages';
import type { dataMessages } from '../data';

/** Русский: the strings of messages/data.ts. */
export const dataRu = {
  'page.data.title': 'Данные',
  'page.data.description':
    'Перенос установки: выгрузите всё в один файл, загрузите его в другом месте и удалите старые журналы запросов.',
  'page.data.export.title': 'Экспорт',
  'page.data.export.description':
    'Провайдеры, пользователи, ключи, цены, настройки, правила управления и получатели уведомлений в одном ' +
    'файле JSON Lines. Ключи провайдеров и секреты вебхуков остаются зашифрованными, ключи пользователей ' +
    'выгружаются только в виде хешей.',
  'page.data.export.includeLogs': 'Включить журналы запросов',
  'page.data.export.from': 'Журналы с даты',
  'page.data.export.to': 'Журналы по дату (включительно)',
  'page.data.export.download': 'Скачать экспорт',
  'page.data.export.invalid': 'Период заканчивается раньше, чем начинается.',
  'page.data.import.title': 'Импорт',
  'page.data.import.description':
    'Загрузите файл экспорта. Предпросмотр покажет, что изменится; ничего не записывается, пока вы не ' +
    'примените импорт. Зашифрованные ключи импортируются, только если у обеих установок одинаковый ENCRYPTION_KEY.',
  'page.data.import.file': 'Файл экспорта (.jsonl)',
  'page.data.import.choose': 'Выбрать файл',
  'page.data.import.noFile': 'Файл не выбран',
  'page.data.import.preview': 'Предпросмотр',
  'page.data.import.apply': 'Применить импорт',
  'page.data.import.applied': 'Импорт применён',
  'page.data.import.previewFrom': 'Предпросмотр экспорта из {source}, созданного {time}:',
  'page.data.import.appliedFrom': 'Импортирован экспорт из {source}, созданный {time}:',
  'page.data.import.previewLabel': 'Предпросмотр импорта',
  'page.data.import.column.kind': 'Тип',
  'page.data.import.column.create': 'Новые',
  'page.data.import.column.update': 'Обновлённые',
  'page.data.import.column.unchanged': 'Без изменений',
  'page.data.import.column.conflicts': 'Конфликты',
  'page.data.import.conflicts': 'Конфликты (не импортируются)',
  'page.data.kind.provider': 'Провайдеры',
  'page.data.kind.user': 'Пользователи',
  'page.data.kind.apiKey': 'API-ключи',
  'page.data.kind.price': 'Цены моделей',
  'page.data.kind.setting': 'Настройки',
  'page.data.kind.errorRule': 'Правила ошибок',
  'page.data.kind.requestFilter': 'Фильтры запросов',
  'page.data.kind.sensitiveWord': 'Запрещённые слова',
  'page.data.kind.providerOverride': 'Переопределения провайдеров',
  'page.data.kind.clientVersionRule': 'Правила версий клиентов',
  'page.data.kind.rectifierSwitch': 'Переключатели корректоров',
  'page.data.kind.notificationTarget': 'Получатели уведомлений',
  'page.data.kind.requestLog': 'Журналы запросов',
  'page.data.purge.title': 'Очистка журналов запросов',
  'page.data.purge.description':
    'Удаляет журналы запросов старше выбранного дня. Почасовая статистика и отчёты сохраняются.',
  'page.data.purge.before': 'Удалить журналы, созданные до',
  'page.data.purge.count': 'Будет удалено журналов запросов: {count}.',
  'page.data.purge.button': 'Очистить журналы',
  'page.data.purge.confirmTitle': 'Удалить журналы запросов?',
  'page.data.purge.confirmDescription':
    'Журналы запросов, созданные до {day} ({count} шт.), будут удалены безвозвратно. Это нельзя отменить.',
  'page.data.purge.confirm': 'Удалить журналы',
  'page.data.purge.done': 'Удалено журналов запросов: {count}',
  'page.data.purge.failed': 'Очистка не удалась; больше ничего не удалено',
  'page.data.retention.title': 'Хранение',
  'page.data.retention.setting': 'Срок хранения',
  'page.data.retention.days': 'Журналы запросов хранятся {days} дн. (меняется в «Настройках»).',
  'page.data.retention.forever': 'Журналы запросов хранятся бессрочно (срок хранения 0 дней).',
  'page.data.retention.lastRunLabel': 'Последний запуск',
  'page.data.retention.never': 'Задача хранения ещё не запускалась.',
  'page.data.retention.lastRun': 'Последний запуск {time}: удалено журналов старше {cutoff}: {count}.',
  'page.data.retention.lastRunOff': 'Последний запуск {time}: хранение было отключено, ничего не удалено.',
} satisfies TranslationOf<typeof dataMessages.en>;
