import type { TranslationOf } from '../../define-messages';
import type { auditMessages } from '../audit';

/** 日本語: the strings of messages/audit.ts. */
export const auditJa = {
  'page.audit.title': '監査ログ',
  'page.audit.description': 'コンソールまたは管理 API で行われたすべての変更: 誰が、何を、いつ、どこから。',
  'page.audit.filter.area': '対象',
  'page.audit.filter.allAreas': 'すべての対象',
  'page.audit.filter.actor': '操作者（完全一致。例: admin）',
  'page.audit.filter.from': '開始日',
  'page.audit.filter.to': '終了日（当日を含む）',
  'page.audit.loading': '監査ログを読み込んでいます',
  'page.audit.emptyTitle': '一致する変更はありません',
  'page.audit.emptyDescription': 'プロバイダー、ユーザー、キー、料金、設定の変更がここに記録されます。',
  'page.audit.changes': '{count} 個の項目を変更',
  'page.audit.more': 'さらに古い記録を読み込む',
} satisfies TranslationOf<typeof auditMessages.en>;
