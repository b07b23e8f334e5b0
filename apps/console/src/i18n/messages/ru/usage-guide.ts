import type { TranslationOf } from '../../define-messages';
import type { usageGuideMessages } from '../usage-guide';

/** Русский: the strings of messages/usage-guide.ts. */
export const usageGuideRu = {
  'page.usageGuide.title': 'Руководство',
  'page.usageGuide.description': 'Как направить Claude Code, Codex CLI и Gemini CLI через этот шлюз.',
  'page.usageGuide.baseUrl': 'URL шлюза',
  'page.usageGuide.setup.title': 'Перед началом',
  'page.usageGuide.setup.description': 'Все фрагменты ниже уже используют адрес этого развёртывания.',
  'page.usageGuide.setup.baseUrlHint':
    'Клиенты Anthropic и Gemini используют его как есть; клиенты в стиле OpenAI добавляют /v1.',
  'page.usageGuide.setup.copyUrl': 'Копировать URL шлюза',
  'page.usageGuide.setup.key': 'Ваш API-ключ (необязательно)',
  'page.usageGuide.setup.keyHint':
    'Вставьте ключ (sk-…), чтобы подставить его во фрагменты; он остаётся в этой вкладке и никуда не отправляется. ' +
    'Администраторы создают ключи на странице пользователей; владельцы ключей используют выданный им ключ.',
  'page.usageGuide.setup.shell': 'Ваша система',
  'page.usageGuide.shell.posix': 'macOS или Linux',
  'page.usageGuide.shell.powershell': 'Windows (PowerShell)',
  'page.usageGuide.clients': 'Клиенты',
  'page.usageGuide.step': 'Шаг {n}',
  'page.usageGuide.file': 'Файл: {path}',
  'page.usageGuide.install.title': 'Установка',
  'page.usageGuide.install.description': 'Нужен Node.js 20 или новее. Пропустите шаг, если клиент уже установлен.',
  'page.usageGuide.verify.title': 'Проверка',
  'page.usageGuide.verify.description': 'Однострочный промпт; после этого запрос появится в журнале запросов.',
  'page.usageGuide.claude.env.title': 'Направьте клиент на шлюз',
  'page.usageGuide.claude.env.description':
    'Только для текущего терминала: задайте URL шлюза и свой ключ, затем запустите Claude Code.',
  'page.usageGuide.claude.settings.title': 'Или сохраните для всех сеансов',
  'page.usageGuide.claude.settings.description':
    'Добавьте те же переменные в пользовательские настройки Claude Code. Если файл уже существует, объедините с ним ' +
    'блок "env". Удалите ANTHROPIC_API_KEY из окружения, чтобы использовался ключ шлюза.',
  'page.usageGuide.codex.config.title': 'Добавьте шлюз как провайдера моделей',
  'page.usageGuide.codex.config.description':
    'Codex обращается к шлюзу через Responses API по пути /v1. В существующем файле поместите две строки верхнего ' +
    'уровня выше любой [section]; модель может быть любой из обслуживаемых шлюзом.',
  'page.usageGuide.codex.env.title': 'Передайте Codex ключ',
  'page.usageGuide.codex.env.description':
    'Codex читает ключ из переменной, указанной в env_key. Первая строка задаёт её для этого терминала, вторая — ' +
    'для новых (если ваша оболочка — bash, используйте ~/.bashrc).',
  'page.usageGuide.gemini.settings.title': 'Выберите вход по API-ключу',
  'page.usageGuide.gemini.settings.description':
    'Без этого Gemini CLI завершится с ошибкой "Invalid auth method selected". Если файл уже существует, объедините ' +
    'с ним блок "security".',
  'page.usageGuide.gemini.env.title': 'Направьте клиент на шлюз',
  'page.usageGuide.gemini.env.description': 'Задайте URL шлюза и свой ключ, затем запустите Gemini CLI.',
} satisfies TranslationOf<typeof usageGuideMessages.en>;
