import type { MessageKey } from './en';
import { jaPages } from './messages/ja';

/** 日本語. `satisfies` makes a missing or misspelt key a compile error. */
export const ja = {
  'app.name': 'Claude Code Hub',
  'app.tagline': 'AI API ゲートウェイ',

  'nav.label': 'メインナビゲーション',
  'nav.open': 'ナビゲーションを開く',
  'nav.close': 'ナビゲーションを閉じる',
  'nav.group.monitor': 'モニタリング',
  'nav.group.manage': '管理',
  'nav.group.account': 'アカウント',
  'nav.group.help': 'ヘルプ',
  'nav.dashboard': 'ダッシュボード',
  'nav.logs': 'リクエストログ',
  'nav.leaderboard': 'ランキング',
  'nav.sessions': 'セッション',
  'nav.quotas': 'クォータ一覧',
  'nav.audit': '監査ログ',
  'nav.data': 'データ管理',
  'nav.availability': '可用性',
  'nav.providers': 'プロバイダー',
  'nav.users': 'ユーザーとキー',
  'nav.prices': 'モデル料金',
  'nav.settings': '設定',
  'nav.notifications': '通知',
  'nav.usageGuide': '利用ガイド',
  'nav.me': '自分の利用状況',

  'a11y.skipToContent': 'メインコンテンツへスキップ',

  'language.label': '言語',
  'language.current': '言語: {language}',

  'theme.label': 'テーマ',
  'theme.current': 'テーマ: {theme}',
  'theme.light': 'ライト',
  'theme.dark': 'ダーク',
  'theme.system': 'システムに合わせる',

  'account.menu': 'アカウントメニュー',
  'account.role.admin': '管理者',
  'account.role.user': 'ユーザー',
  'account.logout': 'ログアウト',
  'account.loggingOut': 'ログアウトしています…',

  'login.title': 'ログイン',
  'login.subtitle': '管理者トークン、またはコンソールへのアクセス権を持つユーザーキーでログインします。',
  'login.tokenLabel': 'アクセストークン',
  'login.tokenPlaceholder': '管理者トークンまたは sk-… キー',
  'login.showToken': 'トークンを表示',
  'login.hideToken': 'トークンを隠す',
  'login.submit': 'ログイン',
  'login.submitting': 'ログインしています…',
  'login.errorEmpty': 'トークンを入力してください。',
  'login.errorRejected': 'トークンが受け付けられませんでした。',
  'login.errorNetwork': 'ゲートウェイに接続できません。起動しているか確認してください。',
  'login.footer': 'ログイン状態はこのブラウザーのセキュア Cookie に保存されます。',

  'common.loading': '読み込み中…',
  'common.retry': '再試行',
  'common.error.title': '問題が発生しました',
  'common.error.description': 'ページを読み込めませんでした。',
  'notFound.title': 'ページが見つかりません',
  'notFound.description': 'お探しのページは存在しません。',
  'notFound.back': 'トップへ戻る',

  ...jaPages,
} satisfies Record<MessageKey, string>;
