import { deriveSessionId } from '@cch/core';
import { CONTINUE, type ProxyStep } from '../context.js';

/** Step 4: which conversation this request belongs to (§4). */
export function createResolveSession(): ProxyStep {
  return {
    name: 'resolve-session',
    onRequest(ctx) {
      if (ctx.endpoint.kind !== 'generate' || !ctx.identity) return CONTINUE;
      ctx.session = deriveSessionId({ protocol: ctx.endpoint.protocol, headers: ctx.request.headers, body: ctx.body?.json ?? null, keyId: ctx.identity.key.id });
      return CONTINUE;
    },
  };
}
