import { defineMessages } from '../define-messages';

export const settingsMessages = defineMessages({
  en: {
    'page.settings.title': 'Settings',
    'page.settings.description': 'Gateway-wide configuration.',
    'page.settings.emptyTitle': 'Nothing to configure yet',
    'page.settings.emptyDescription': 'Gateway settings will be editable here.',
  },
  'zh-CN': {
    'page.settings.title': '设置',
    'page.settings.description': '网关全局配置。',
    'page.settings.emptyTitle': '暂无可配置项',
    'page.settings.emptyDescription': '网关设置将在这里编辑。',
  },
});
