import type { TranslationOf } from '../../define-messages';
import type { usageGuideMessages } from '../usage-guide';

/** 繁體中文: the strings of messages/usage-guide.ts. */
export const usageGuideZhTW = {
  'page.usageGuide.title': '使用指南',
  'page.usageGuide.description': '如何讓 Claude Code、Codex CLI 與 Gemini CLI 使用此閘道。',
  'page.usageGuide.baseUrl': '閘道網址',
  'page.usageGuide.setup.title': '開始之前',
  'page.usageGuide.setup.description': '下方所有程式碼片段都已使用此部署的網址。',
  'page.usageGuide.setup.baseUrlHint': 'Anthropic 與 Gemini 用戶端直接使用此網址；OpenAI 風格的用戶端需加上 /v1。',
  'page.usageGuide.setup.copyUrl': '複製閘道網址',
  'page.usageGuide.setup.key': '您的 API 金鑰（選填）',
  'page.usageGuide.setup.keyHint':
    '貼上金鑰（sk-…）即可自動填入程式碼片段；金鑰只保留在目前的分頁中，不會傳送到任何地方。管理員可在「使用者」頁面建立金鑰；金鑰持有者請使用發給自己的金鑰。',
  'page.usageGuide.setup.shell': '您的系統',
  'page.usageGuide.shell.posix': 'macOS 或 Linux',
  'page.usageGuide.shell.powershell': 'Windows（PowerShell）',
  'page.usageGuide.clients': '用戶端',
  'page.usageGuide.step': '第 {n} 步',
  'page.usageGuide.file': '檔案：{path}',
  'page.usageGuide.install.title': '安裝',
  'page.usageGuide.install.description': '需要 Node.js 20 或更新版本。若已安裝可略過此步。',
  'page.usageGuide.verify.title': '確認可以使用',
  'page.usageGuide.verify.description': '送出一句簡單的提示，之後即可在請求紀錄中看到這筆請求。',
  'page.usageGuide.claude.env.title': '指向閘道',
  'page.usageGuide.claude.env.description': '僅對目前的終端機有效：設定閘道網址與您的金鑰，然後啟動 Claude Code。',
  'page.usageGuide.claude.settings.title': '或讓每個工作階段都生效',
  'page.usageGuide.claude.settings.description':
    '把同樣的變數寫入 Claude Code 的使用者設定。若檔案已存在，請將 "env" 區塊合併進去。並從環境變數中移除 ANTHROPIC_API_KEY，確保使用閘道金鑰。',
  'page.usageGuide.codex.config.title': '將閘道新增為模型供應商',
  'page.usageGuide.codex.config.description':
    'Codex 透過 /v1 下的 Responses API 與閘道通訊。若檔案已存在，請將這兩行頂層設定放在所有 [section] 之前；模型可以是閘道支援的任何模型。',
  'page.usageGuide.codex.env.title': '提供金鑰給 Codex',
  'page.usageGuide.codex.env.description':
    'Codex 會從 env_key 指定的環境變數讀取金鑰。第一行對目前的終端機有效，第二行讓新開的終端機也能使用（若您的 shell 是 bash，請改用 ~/.bashrc）。',
  'page.usageGuide.gemini.settings.title': '選擇 API 金鑰登入方式',
  'page.usageGuide.gemini.settings.description':
    '缺少此設定時，Gemini CLI 會顯示 "Invalid auth method selected" 並結束。若檔案已存在，請將 "security" 區塊合併進去。',
  'page.usageGuide.gemini.env.title': '指向閘道',
  'page.usageGuide.gemini.env.description': '設定閘道網址與您的金鑰，然後啟動 Gemini CLI。',
} satisfies TranslationOf<typeof usageGuideMessages.en>;
