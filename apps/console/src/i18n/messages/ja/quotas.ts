import type { TranslationOf } from '../../define-messages';
import type { quotasMessages } from '../quotas';

/** 日本語: the strings of messages/quotas.ts. */
export const quotasJa = {
  'page.quotas.title': 'クォータ一覧',
  'page.quotas.description':
    '上限が設定されたすべてのユーザーとキーを、上限ごとに表示します。30 秒ごとに更新されます。',
  'page.quotas.search': '名前で検索',
  'page.quotas.kind.label': '表示',
  'page.quotas.kind.all': 'ユーザーとキー',
  'page.quotas.kind.users': 'ユーザーのみ',
  'page.quotas.kind.keys': 'キーのみ',
  'page.quotas.kind.user': 'ユーザー',
  'page.quotas.kind.key': 'キー',
  'page.quotas.sort.label': '並び順',
  'page.quotas.sort.closest': '上限に近い順',
  'page.quotas.sort.reset': 'リセットが近い順',
  'page.quotas.sort.name': '名前',
  'page.quotas.ownedBy': '{name} のキー',
  'page.quotas.disabled': '無効',
  'page.quotas.closest': '{limit}: {percent}',
  'page.quotas.count': '上限あり {count} 件 · 上限なし {unlimited} 件',
  'page.quotas.emptyTitle': '上限が設定されていません',
  'page.quotas.emptyDescription': 'リクエスト数または利用額の上限を設定したユーザーとキーがここに表示されます。',
} satisfies TranslationOf<typeof quotasMessages.en>;
