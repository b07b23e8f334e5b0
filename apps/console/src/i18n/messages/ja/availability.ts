import type { TranslationOf } from '../../define-messages';
import type { availabilityMessages } from '../availability';

/** 日本語: the strings of messages/availability.ts. */
export const availabilityJa = {
  'page.availability.title': '可用性',
  'page.availability.description':
    'バックグラウンドのプローブと実際のトラフィックから見た各プロバイダーの状態: 正常・低下・停止、レイテンシ、直近のエラー。',
  'page.availability.window': '期間',
  'page.availability.window.1h': '過去 1 時間',
  'page.availability.window.24h': '過去 24 時間',
  'page.availability.window.7d': '過去 7 日間',
  'page.availability.window.30d': '過去 30 日間',
  'page.availability.loading': '可用性を読み込んでいます',
  'page.availability.empty': 'プロバイダーはまだありません。',
  'page.availability.probesOff':
    'バックグラウンドのプローブはオフです（PROBE_INTERVAL_SECONDS=0）: 実際のトラフィックのみを集計します。',
  'page.availability.probeEvery': '{seconds} 秒ごとにプローブします。{ms} ms より遅い場合は低下とみなします。',
  'page.availability.state.up': '正常',
  'page.availability.state.degraded': '低下',
  'page.availability.state.down': '停止',
  'page.availability.state.none': 'データなし',
  'page.availability.disabled': '無効',
  'page.availability.uptime': '稼働率 {value}',
  'page.availability.successRate': '成功率 {value}',
  'page.availability.timeline': '{name} のタイムライン',
  'page.availability.latency': '{name} のレイテンシ',
  'page.availability.series.probe': 'プローブのレイテンシ',
  'page.availability.series.p50': 'TTFB p50',
  'page.availability.series.p95': 'TTFB p95',
  'page.availability.lastErrors': '直近のエラー',
  'page.availability.noErrors': 'この期間にエラーはありません。',
  'page.availability.source.probe': 'プローブ',
  'page.availability.source.traffic': 'リクエスト',
  'page.status.title': '公開ステータスページ',
  'page.status.description':
    '/status のページは、ログインなしで誰でも開けます。表示されるのは以下の公開名とその状態、稼働率だけで、' +
    'プロバイダー名、URL、キー、モデル、コストは表示されません。',
  'page.status.enabled': 'ステータスページを公開',
  'page.status.pageTitle': 'ページのタイトル',
  'page.status.kind': '掲載する項目',
  'page.status.kind.provider': 'プロバイダー',
  'page.status.kind.group': 'プロバイダーグループ',
  'page.status.ref': 'プロバイダーまたはグループ',
  'page.status.publicName': '公開名',
  'page.status.add': '項目を追加',
  'page.status.remove': '削除',
  'page.status.save': '保存',
  'page.status.saved': 'ステータスページを保存しました',
  'page.status.open': '/status を開く',
} satisfies TranslationOf<typeof availabilityMessages.en>;
