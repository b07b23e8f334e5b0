import { describe, expect, it } from 'vitest';
import { anthropicModelTraits } from './model-traits.js';

describe('anthropic model traits', () => {
  it.each([
    [
      'claude-3-haiku-20240307',
      { budgetThinking: false, adaptiveThinking: false, sampling: true, defaultMaxTokens: 4096 },
    ],
    [
      'claude-3-7-sonnet-20250219',
      { budgetThinking: true, adaptiveThinking: false, effort: false, defaultMaxTokens: 64_000 },
    ],
    [
      'anthropic.claude-opus-4-1-20250805-v1:0',
      { budgetThinking: true, adaptiveThinking: false, defaultMaxTokens: 32_000 },
    ],
    ['claude-sonnet-4-20250514', { budgetThinking: true, adaptiveThinking: false, defaultMaxTokens: 64_000 }],
    ['claude-haiku-4-5-20251001', { budgetThinking: true, adaptiveThinking: false, sampling: true }],
    ['claude-sonnet-4-6', { budgetThinking: true, adaptiveThinking: true, effort: true, sampling: true }],
    ['claude-opus-4-6', { budgetThinking: true, adaptiveThinking: true, defaultMaxTokens: 128_000 }],
    [
      'claude-opus-4-7@20260416',
      { budgetThinking: false, adaptiveThinking: true, sampling: false, thinkingHiddenByDefault: true },
    ],
    ['claude-opus-4-8', { budgetThinking: false, sampling: false, defaultMaxTokens: 128_000 }],
    ['claude-haiku-5-5', { budgetThinking: false, sampling: false, defaultMaxTokens: 64_000 }],
    ['claude-mythos-preview', { budgetThinking: false, adaptiveThinking: true, sampling: false }],
    [
      'deepseek-chat',
      { budgetThinking: true, adaptiveThinking: false, effort: false, sampling: true, defaultMaxTokens: 8192 },
    ],
  ])('%s', (model, traits) => {
    expect(anthropicModelTraits(model)).toMatchObject(traits);
  });
});
