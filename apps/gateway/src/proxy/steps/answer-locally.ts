import { PROTOCOLS } from '@cch/core';
import { CONTINUE, type ProxyStep } from '../context.js';

/** Step 3b: requests the caller's protocol answers itself (Claude Code's warm-up), unbilled, when enabled. */
export function createAnswerLocally(deps: { enabled: () => boolean }): ProxyStep {
  return {
    name: 'answer-locally',
    onRequest(ctx) {
      const answer = PROTOCOLS[ctx.endpoint.protocol].localAnswer;
      if (!answer || !ctx.body || ctx.endpoint.kind !== 'generate' || !deps.enabled()) return CONTINUE;
      const { doc, ...fields } = ctx.body;
      const local = answer({ body: doc, fields, requestId: ctx.requestId });
      return local ? { action: 'answer', answer: local } : CONTINUE;
    },
  };
}
