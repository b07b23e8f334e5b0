import { pageMessages } from './messages';
import type { MessageKey } from './en';

/** 简体中文. `satisfies` makes a missing or misspelt key a compile error. */
export const zhCN = {
  'app.name': 'Claude Code Hub',
  'app.tagline': 'AI API 网关',

  'nav.label': '主导航',
  'nav.open': '打开导航',
  'nav.close': '关闭导航',
  'nav.group.monitor': '监控',
  'nav.group.manage': '管理',
  'nav.group.account': '账户',
  'nav.group.help': '帮助',
  'nav.dashboard': '仪表盘',
  'nav.logs': '请求日志',
  'nav.leaderboard': '排行榜',
  'nav.sessions': '会话',
  'nav.quotas': '配额总览',
  'nav.audit': '审计日志',
  'nav.data': '数据管理',
  'nav.availability': '可用性',
  'nav.providers': '供应商',
  'nav.users': '用户与密钥',
  'nav.prices': '模型价格',
  'nav.settings': '设置',
  'nav.notifications': '消息通知',
  'nav.usageGuide': '使用指南',
  'nav.me': '我的用量',

  'a11y.skipToContent': '跳到主要内容',

  'language.label': '语言',
  'language.current': '语言：{language}',

  'theme.label': '主题',
  'theme.current': '主题：{theme}',
  'theme.light': '浅色',
  'theme.dark': '深色',
  'theme.system': '跟随系统',

  'account.menu': '账户菜单',
  'account.role.admin': '管理员',
  'account.role.user': '用户',
  'account.logout': '退出登录',
  'account.loggingOut': '正在退出…',

  'login.title': '登录',
  'login.subtitle': '使用管理令牌或具有控制台权限的 API 密钥登录。',
  'login.tokenLabel': '管理令牌或密钥',
  'login.tokenPlaceholder': '管理令牌或 sk-… 密钥',
  'login.showToken': '显示输入内容',
  'login.hideToken': '隐藏输入内容',
  'login.submit': '登录',
  'login.submitting': '正在登录…',
  'login.errorEmpty': '请输入管理令牌或密钥。',
  'login.errorRejected': '管理令牌或密钥无效。',
  'login.errorNetwork': '无法连接网关，请确认网关正在运行。',
  'login.footer': '登录状态保存在此浏览器的安全 Cookie 中。',

  'common.loading': '加载中…',
  'common.retry': '重试',
  'common.error.title': '出错了',
  'common.error.description': '页面加载失败。',
  'notFound.title': '页面不存在',
  'notFound.description': '你访问的页面不存在。',
  'notFound.back': '返回首页',

  ...pageMessages['zh-CN'],
} satisfies Record<MessageKey, string>;
