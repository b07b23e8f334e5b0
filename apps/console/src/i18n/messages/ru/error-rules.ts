import type { TranslationOf } from '../../define-messages';
import type { errorRulesMessages } from '../error-rules';

/** Русский: the strings of messages/error-rules.ts. */
export const errorRulesRu = {
  'nav.errorRules': 'Ошибки провайдеров',
  'page.errorRules.title': 'Ошибки провайдеров',
  'page.errorRules.description':
    'Правила ошибок решают, что делать с неудачным ответом провайдера: переключиться на резерв, сразу ответить ' +
    'клиенту или исправить запрос. Корректоры исправляют запросы и потоки, которые провайдер иначе отклонил бы.',
  'page.errorRules.rules': 'Правила ошибок',
  'page.errorRules.rulesHint': 'Проверяются по приоритету; применяется первое правило, все условия которого выполнены.',
  'page.errorRules.col.enabled': 'Вкл.',
  'page.errorRules.col.name': 'Правило',
  'page.errorRules.col.match': 'Условия',
  'page.errorRules.col.action': 'Действие',
  'page.errorRules.col.breaker': 'Предохранитель',
  'page.errorRules.col.actions': 'Действия',
  'page.errorRules.builtin': 'Встроенное',
  'page.errorRules.any': 'любой сбой',
  'page.errorRules.action.fail_over': 'Переключить на резерв',
  'page.errorRules.action.answer_now': 'Ответить сразу',
  'page.errorRules.action.rectify_signature': 'Исправить подпись',
  'page.errorRules.action.default': 'Обычная обработка',
  'page.errorRules.breaker.counts': 'учитывается',
  'page.errorRules.breaker.ignored': 'не учитывается',
  'page.errorRules.breaker.usual': 'как обычно',
  'page.errorRules.toggle': 'Включить или выключить {name}',
  'page.errorRules.delete': 'Удалить {name}',
  'page.errorRules.deleted': 'Правило удалено',
  'page.errorRules.saveFailed': 'Не удалось сохранить правило',
  'page.errorRules.add': 'Добавить правило',
  'page.errorRules.form.name': 'Название',
  'page.errorRules.form.statuses': 'Коды статуса',
  'page.errorRules.form.statusesHint': 'Через запятую, например 400, 529; пустое поле подходит к любому статусу.',
  'page.errorRules.form.pattern': 'Шаблон',
  'page.errorRules.form.patternHint':
    'Регулярное выражение без учёта регистра, применяется к сообщению и телу ответа провайдера.',
  'page.errorRules.form.action': 'Действие',
  'page.errorRules.form.overrideStatus': 'Статус для клиента',
  'page.errorRules.form.overrideMessage': 'Сообщение для клиента',
  'page.errorRules.form.optional': 'Необязательно; если пусто, остаётся значение провайдера.',
  'page.errorRules.form.create': 'Создать правило',
  'page.errorRules.created': 'Правило создано',
  'page.errorRules.test': 'Проверить пример ошибки',
  'page.errorRules.testHint': 'Вставьте ошибку провайдера, чтобы увидеть, какое правило сработает и что сделает шлюз.',
  'page.errorRules.test.status': 'Статус провайдера',
  'page.errorRules.test.body': 'Тело ответа провайдера',
  'page.errorRules.test.run': 'Проверить',
  'page.errorRules.test.noRule': 'Ни одно правило не подходит.',
  'page.errorRules.test.rule': 'Сработает: {name}',
  'page.errorRules.test.read': 'Распознано как: {type} — {message}',
  'page.errorRules.test.client': 'Клиент получит: {status} {message}',
  'page.errorRules.rectifiers': 'Корректоры',
  'page.errorRules.rectifiersHint':
    'Включаются или выключаются для всех провайдеров; для отдельного провайдера можно сделать исключение. ' +
    'Каждое исправление учитывается в /metrics.',
  'page.errorRules.rectifier.thinking_signature': 'Подпись размышлений',
  'page.errorRules.rectifier.thinking_signature.hint':
    'После ошибки 400 о неверной подписи удаляет размышления из истории и один раз повторяет запрос ' +
    'у того же провайдера.',
  'page.errorRules.rectifier.thinking_budget': 'Бюджет размышлений',
  'page.errorRules.rectifier.thinking_budget.hint':
    'Бюджет меньше 1024 или не меньше max_tokens исправляется перед отправкой.',
  'page.errorRules.rectifier.gemini_call_ids': 'Идентификаторы вызовов Gemini',
  'page.errorRules.rectifier.gemini_call_ids.hint':
    'Вызовы функций без идентификаторов получают постоянные идентификаторы, ' +
    'чтобы результаты инструментов находили свой вызов.',
  'page.errorRules.rectifier.response_fixer': 'Исправление ответов',
  'page.errorRules.rectifier.response_fixer.hint':
    'Исправляет поток от посредника: кадры с CRLF, пропущенные строки event, JSON, разбитый на несколько кадров, ' +
    'отсутствующее завершающее событие.',
  'page.errorRules.rectifier.exceptions': 'Исключения для провайдеров',
  'page.errorRules.rectifier.none': 'нет',
  'page.errorRules.rectifier.addException': 'Сделать исключение для провайдера',
  'page.errorRules.rectifier.on': 'вкл.',
  'page.errorRules.rectifier.off': 'выкл.',
  'page.errorRules.rectifier.remove': 'Удалить исключение для {name}',
} satisfies TranslationOf<typeof errorRulesMessages.en>;
