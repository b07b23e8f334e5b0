import type { TranslationOf } from '../../define-messages';
import type { auditMessages } from '../audit';

/** 繁體中文: the strings of messages/audit.ts. */
export const auditZhTW = {
  'page.audit.title': '稽核紀錄',
  'page.audit.description': '透過主控台或管理 API 所做的每項變更：誰、改了什麼、何時、從何處。',
  'page.audit.filter.area': '範圍',
  'page.audit.filter.allAreas': '所有範圍',
  'page.audit.filter.actor': '操作者（完全相符，例如 admin）',
  'page.audit.filter.from': '開始日期',
  'page.audit.filter.to': '結束日期（含當日）',
  'page.audit.loading': '正在載入稽核紀錄',
  'page.audit.emptyTitle': '沒有符合的變更',
  'page.audit.emptyDescription': '供應商、使用者、金鑰、價格與設定的變更都會記錄在這裡。',
  'page.audit.changes': '{count} 個欄位有變更',
  'page.audit.more': '載入更早的紀錄',
} satisfies TranslationOf<typeof auditMessages.en>;
