import { defineMessages } from '../define-messages';

export const pricesMessages = defineMessages({
  en: {
    'page.prices.title': 'Model prices',
    'page.prices.description': 'Per-model prices used to compute request cost.',
    'page.prices.emptyTitle': 'No prices yet',
    'page.prices.emptyDescription': 'Sync the price list or add prices for your models.',
  },
  'zh-CN': {
    'page.prices.title': '模型价格',
    'page.prices.description': '用于计算请求费用的各模型价格。',
    'page.prices.emptyTitle': '暂无价格',
    'page.prices.emptyDescription': '同步价格表，或为你的模型添加价格。',
  },
});
