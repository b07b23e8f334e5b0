import { defineMessages } from '../define-messages';

export const leaderboardMessages = defineMessages({
  en: {
    'page.leaderboard.title': 'Leaderboard',
    'page.leaderboard.description': 'Top users, providers and models by requests and cost.',
    'page.leaderboard.emptyTitle': 'No rankings yet',
    'page.leaderboard.emptyDescription': 'Rankings are built from recorded requests.',
  },
  'zh-CN': {
    'page.leaderboard.title': '排行榜',
    'page.leaderboard.description': '按请求数与费用排名的用户、供应商和模型。',
    'page.leaderboard.emptyTitle': '暂无排名',
    'page.leaderboard.emptyDescription': '排名基于已记录的请求生成。',
  },
});
