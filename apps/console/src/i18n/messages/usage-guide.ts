import { defineMessages } from '../define-messages';

export const usageGuideMessages = defineMessages({
  en: {
    'page.usageGuide.title': 'Usage guide',
    'page.usageGuide.description': 'How to point Claude Code, Codex CLI and Gemini CLI at this gateway.',
    'page.usageGuide.baseUrl': 'Gateway URL',
    'page.usageGuide.setup.title': 'Before you start',
    'page.usageGuide.setup.description': 'Every snippet below already uses this deployment’s address.',
    'page.usageGuide.setup.baseUrlHint': 'Anthropic and Gemini clients use it as is; OpenAI-style clients add /v1.',
    'page.usageGuide.setup.copyUrl': 'Copy gateway URL',
    'page.usageGuide.setup.key': 'Your API key (optional)',
    'page.usageGuide.setup.keyHint':
      'Paste a key (sk-…) to fill it into the snippets; it stays in this tab and is never sent anywhere. ' +
      'Admins create keys on the Users page; key holders use the key they were given.',
    'page.usageGuide.setup.shell': 'Your system',
    'page.usageGuide.shell.posix': 'macOS / Linux',
    'page.usageGuide.shell.powershell': 'Windows (PowerShell)',
    'page.usageGuide.clients': 'Clients',
    'page.usageGuide.step': 'Step {n}',
    'page.usageGuide.file': 'File: {path}',
    'page.usageGuide.install.title': 'Install',
    'page.usageGuide.install.description': 'Requires Node.js 20 or later. Skip this if it is already installed.',
    'page.usageGuide.verify.title': 'Check that it works',
    'page.usageGuide.verify.description': 'A one-line prompt; the request then appears in the request logs.',
    'page.usageGuide.claude.env.title': 'Point it at the gateway',
    'page.usageGuide.claude.env.description':
      'For the current terminal only: set the gateway URL and your key, then start Claude Code.',
    'page.usageGuide.claude.settings.title': 'Or keep it for every session',
    'page.usageGuide.claude.settings.description':
      'Add the same variables to Claude Code’s user settings. If the file already exists, ' +
      'merge the "env" block into it. Remove any ANTHROPIC_API_KEY from your environment so the gateway key is used.',
    'page.usageGuide.codex.config.title': 'Add the gateway as a model provider',
    'page.usageGuide.codex.config.description':
      'Codex talks to the gateway with the Responses API at /v1. ' +
      'Put the two top-level lines above any [section] of an existing file; ' +
      'the model can be any model your gateway serves.',
    'page.usageGuide.codex.env.title': 'Give Codex your key',
    'page.usageGuide.codex.env.description':
      'Codex reads the key from the variable named by env_key. The first line sets it for this terminal; ' +
      'the second keeps it for new ones (use ~/.bashrc if your shell is bash).',
    'page.usageGuide.gemini.settings.title': 'Choose API-key sign-in',
    'page.usageGuide.gemini.settings.description':
      'Without this, Gemini CLI stops with "Invalid auth method selected". If the file already exists, ' +
      'merge the "security" block into it.',
    'page.usageGuide.gemini.env.title': 'Point it at the gateway',
    'page.usageGuide.gemini.env.description': 'Set the gateway URL and your key, then start Gemini CLI.',
  },
  'zh-CN': {
    'page.usageGuide.title': '使用指南',
    'page.usageGuide.description': '如何让 Claude Code、Codex CLI 和 Gemini CLI 使用此网关。',
    'page.usageGuide.baseUrl': '网关地址',
    'page.usageGuide.setup.title': '开始之前',
    'page.usageGuide.setup.description': '下方所有代码片段都已使用此部署的地址。',
    'page.usageGuide.setup.baseUrlHint': 'Anthropic 和 Gemini 客户端直接使用该地址；OpenAI 风格的客户端需加上 /v1。',
    'page.usageGuide.setup.copyUrl': '复制网关地址',
    'page.usageGuide.setup.key': '你的 API 密钥（可选）',
    'page.usageGuide.setup.keyHint':
      '粘贴密钥（sk-…）即可自动填入代码片段；密钥只保留在当前标签页中，不会发送到任何地方。管理员可在“用户”页面创建密钥；密钥持有者使用分发给自己的密钥。',
    'page.usageGuide.setup.shell': '你的系统',
    'page.usageGuide.shell.posix': 'macOS 或 Linux',
    'page.usageGuide.shell.powershell': 'Windows（PowerShell）',
    'page.usageGuide.clients': '客户端',
    'page.usageGuide.step': '第 {n} 步',
    'page.usageGuide.file': '文件：{path}',
    'page.usageGuide.install.title': '安装',
    'page.usageGuide.install.description': '需要 Node.js 20 或更高版本。已安装可跳过此步。',
    'page.usageGuide.verify.title': '验证是否可用',
    'page.usageGuide.verify.description': '发送一句简单的提示，之后即可在请求日志中看到这条请求。',
    'page.usageGuide.claude.env.title': '指向网关',
    'page.usageGuide.claude.env.description': '仅对当前终端生效：设置网关地址和你的密钥，然后启动 Claude Code。',
    'page.usageGuide.claude.settings.title': '或者永久生效',
    'page.usageGuide.claude.settings.description':
      '把同样的变量写入 Claude Code 的用户设置。如果文件已存在，请把 "env" 部分合并进去。并从环境变量中移除 ANTHROPIC_API_KEY，确保使用网关密钥。',
    'page.usageGuide.codex.config.title': '将网关添加为模型提供方',
    'page.usageGuide.codex.config.description':
      'Codex 通过 /v1 下的 Responses API 与网关通信。若文件已存在，请把两行顶层配置放在所有 [section] 之前；模型可以是网关支持的任意模型。',
    'page.usageGuide.codex.env.title': '为 Codex 提供密钥',
    'page.usageGuide.codex.env.description':
      'Codex 从 env_key 指定的环境变量中读取密钥。第一行对当前终端生效，第二行让新开的终端也能使用（如果你的 shell 是 bash，请改用 ~/.bashrc）。',
    'page.usageGuide.gemini.settings.title': '选择 API 密钥登录方式',
    'page.usageGuide.gemini.settings.description':
      '缺少此配置时，Gemini CLI 会提示 "Invalid auth method selected" 并退出。如果文件已存在，请把 "security" 部分合并进去。',
    'page.usageGuide.gemini.env.title': '指向网关',
    'page.usageGuide.gemini.env.description': '设置网关地址和你的密钥，然后启动 Gemini CLI。',
  },
});
