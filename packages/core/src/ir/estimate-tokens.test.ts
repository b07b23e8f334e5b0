import { describe, expect, it } from 'vitest';
import { estimateInputTokens } from './estimate-tokens.js';
import { emptyIrRequest } from './ir-request.js';
import { KITCHEN_SINK_REQUEST } from './testing/kitchen-sink.js';

describe('estimateInputTokens', () => {
  it('counts about four characters per token, plus per-message overhead', () => {
    const request = emptyIrRequest('m', [{ role: 'user', content: [{ type: 'text', text: 'x'.repeat(400) }] }]);
    expect(estimateInputTokens(request)).toBe(104);
  });

  it('counts images, tool calls, tool results and tool definitions', () => {
    const tokens = estimateInputTokens(KITCHEN_SINK_REQUEST);
    expect(tokens).toBeGreaterThan(2 * 1_600); // two images
    expect(tokens).toBeLessThan(2 * 1_600 + 400);
  });
});
