import { defineMessages } from '../define-messages';

export const usageGuideMessages = defineMessages({
  en: {
    'page.usageGuide.title': 'Usage guide',
    'page.usageGuide.description': 'How to point Claude Code, Codex CLI and Gemini CLI at this gateway.',
    'page.usageGuide.baseUrl': 'Gateway URL',
    'page.usageGuide.emptyTitle': 'Guide coming soon',
    'page.usageGuide.emptyDescription': 'Step-by-step client configuration for this deployment will be shown here.',
  },
  'zh-CN': {
    'page.usageGuide.title': '使用指南',
    'page.usageGuide.description': '如何让 Claude Code、Codex CLI 和 Gemini CLI 使用此网关。',
    'page.usageGuide.baseUrl': '网关地址',
    'page.usageGuide.emptyTitle': '指南即将推出',
    'page.usageGuide.emptyDescription': '这里将展示针对此部署的客户端配置步骤。',
  },
});
