import type { TranslationOf } from '../../define-messages';
import type { quotasMessages } from '../quotas';

/** 繁體中文: the strings of messages/quotas.ts. */
export const quotasZhTW = {
  'page.quotas.title': '配額總覽',
  'page.quotas.description': '所有設有限額的使用者與金鑰，逐項比對用量；每 30 秒重新整理一次。',
  'page.quotas.search': '依名稱搜尋',
  'page.quotas.kind.label': '顯示',
  'page.quotas.kind.all': '使用者與金鑰',
  'page.quotas.kind.users': '僅使用者',
  'page.quotas.kind.keys': '僅金鑰',
  'page.quotas.kind.user': '使用者',
  'page.quotas.kind.key': '金鑰',
  'page.quotas.sort.label': '排序',
  'page.quotas.sort.closest': '最接近上限',
  'page.quotas.sort.reset': '最先重設',
  'page.quotas.sort.name': '名稱',
  'page.quotas.ownedBy': '屬於 {name}',
  'page.quotas.disabled': '已停用',
  'page.quotas.closest': '{limit}：{percent}',
  'page.quotas.count': '{count} 個設有限額 · {unlimited} 個未設',
  'page.quotas.emptyTitle': '尚未設定限額',
  'page.quotas.emptyDescription': '使用者或金鑰設定了請求或消費限額後，會出現在這裡。',
} satisfies TranslationOf<typeof quotasMessages.en>;
