import type { MessageKey } from './en';
import { zhTWPages } from './messages/zh-TW';

/** 繁體中文 (Taiwan wording). `satisfies` makes a missing or misspelt key a compile error. */
export const zhTW = {
  'app.name': 'Claude Code Hub',
  'app.tagline': 'AI API 閘道',

  'nav.label': '主要導覽',
  'nav.open': '開啟導覽',
  'nav.close': '關閉導覽',
  'nav.group.monitor': '監控',
  'nav.group.manage': '管理',
  'nav.group.account': '帳號',
  'nav.group.help': '說明',
  'nav.dashboard': '儀表板',
  'nav.logs': '請求紀錄',
  'nav.leaderboard': '排行榜',
  'nav.sessions': '工作階段',
  'nav.quotas': '配額總覽',
  'nav.audit': '稽核紀錄',
  'nav.data': '資料管理',
  'nav.availability': '可用性',
  'nav.providers': '供應商',
  'nav.users': '使用者與金鑰',
  'nav.prices': '模型價格',
  'nav.settings': '設定',
  'nav.notifications': '通知',
  'nav.usageGuide': '使用指南',
  'nav.me': '我的用量',

  'a11y.skipToContent': '跳至主要內容',

  'language.label': '語言',
  'language.current': '語言：{language}',

  'theme.label': '主題',
  'theme.current': '主題：{theme}',
  'theme.light': '淺色',
  'theme.dark': '深色',
  'theme.system': '跟隨系統',

  'account.menu': '帳號選單',
  'account.role.admin': '管理員',
  'account.role.user': '使用者',
  'account.logout': '登出',
  'account.loggingOut': '正在登出…',

  'login.title': '登入',
  'login.subtitle': '使用管理權杖，或具有主控台權限的 API 金鑰登入。',
  'login.tokenLabel': '管理權杖或金鑰',
  'login.tokenPlaceholder': '管理權杖或 sk-… 金鑰',
  'login.showToken': '顯示輸入內容',
  'login.hideToken': '隱藏輸入內容',
  'login.submit': '登入',
  'login.submitting': '正在登入…',
  'login.errorEmpty': '請輸入管理權杖或金鑰。',
  'login.errorRejected': '管理權杖或金鑰無效。',
  'login.errorNetwork': '無法連線至閘道，請確認閘道正在執行。',
  'login.footer': '登入狀態會保存在此瀏覽器的安全 Cookie 中。',

  'common.loading': '載入中…',
  'common.retry': '重試',
  'common.error.title': '發生錯誤',
  'common.error.description': '無法載入此頁面。',
  'notFound.title': '找不到頁面',
  'notFound.description': '您要找的頁面不存在。',
  'notFound.back': '回到首頁',

  ...zhTWPages,
} satisfies Record<MessageKey, string>;
