import type { TranslationOf } from '../../define-messages';
import type { leaderboardMessages } from '../leaderboard';

/** 日本語: the strings of messages/leaderboard.ts. */
export const leaderboardJa = {
  'page.leaderboard.title': 'ランキング',
  'page.leaderboard.description': 'リクエスト数とコストによるユーザー・プロバイダー・モデルのランキング。',
  'page.leaderboard.emptyTitle': 'まだランキングがありません',
  'page.leaderboard.emptyDescription': 'ランキングは記録されたリクエストから作成されます。',
  'page.leaderboard.dimension.label': '対象',
  'page.leaderboard.dimension.user': 'ユーザー',
  'page.leaderboard.dimension.provider': 'プロバイダー',
  'page.leaderboard.dimension.model': 'モデル',
  'page.leaderboard.col.rank': '順位',
  'page.leaderboard.col.user': 'ユーザー',
  'page.leaderboard.col.provider': 'プロバイダー',
  'page.leaderboard.col.model': 'モデル',
  'page.leaderboard.col.requests': 'リクエスト',
  'page.leaderboard.col.tokens': 'トークン',
  'page.leaderboard.col.errorRate': 'エラー率',
  'page.leaderboard.col.cost': 'コスト',
  'page.leaderboard.col.share': 'コスト比率',
  'page.leaderboard.tableLabel': 'コスト順の{dimension}ランキング（{period}）',
  'page.leaderboard.deleted': '削除済み（{id}）',
  'page.leaderboard.none.user': 'ユーザーなし（未認証）',
  'page.leaderboard.none.provider': 'プロバイダーなし（ゲートウェイが応答）',
  'page.leaderboard.none.model': 'モデルなし',
  'page.leaderboard.report.title': 'コストレポート',
  'page.leaderboard.report.description':
    '期間内のユーザー・キー・プロバイダー・モデルごとの利用額を、名前・ID・合計付きで出力します。1 時間ごとの集計から作成されます。',
  'page.leaderboard.report.from': '開始日',
  'page.leaderboard.report.to': '終了日（当日を含む）',
  'page.leaderboard.report.by': 'グループ化',
  'page.leaderboard.report.dimension.user': 'ユーザー',
  'page.leaderboard.report.dimension.key': 'キー',
  'page.leaderboard.report.dimension.provider': 'プロバイダー',
  'page.leaderboard.report.dimension.model': 'モデル',
  'page.leaderboard.report.format': 'ファイル形式',
  'page.leaderboard.report.download': 'ダウンロード',
  'page.leaderboard.report.invalid':
    'グループ化の項目を 1 つ以上選び、終了日が開始日より後になる期間を指定してください。',
} satisfies TranslationOf<typeof leaderboardMessages.en>;
