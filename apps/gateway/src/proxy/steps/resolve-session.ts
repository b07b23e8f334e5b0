import { deriveSessionId, type StateStore, stateKeys } from '@cch/core';
import { CONTINUE, type ProxyContext, type ProxyStep } from '../context.js';

export interface ResolveSessionDeps {
  store: StateStore;
  sessionTtlMs: () => number;
  now: () => number;
}

const KEEPS_BINDING = new Set(['client_error', 'client_closed']);

/**
 * Step 4 (§4): which conversation this request belongs to. Its response phase binds the session
 * to the provider that served it (sliding TTL), or drops the binding when that provider failed.
 */
export function createResolveSession(deps: ResolveSessionDeps): ProxyStep {
  function bind(ctx: ProxyContext): void {
    const outcome = ctx.outcome;
    if (!ctx.session || !outcome?.provider) return;
    const key = stateKeys.session(ctx.session.id);
    const ttlMs = deps.sessionTtlMs();
    if (outcome.errorClass === null) {
      void deps.store.set(key, outcome.provider.id, ttlMs).catch(() => undefined);
      void deps.store.zadd(stateKeys.activeSessions(), ctx.session.id, deps.now(), ttlMs * 4).catch(() => undefined);
    } else if (!KEEPS_BINDING.has(outcome.errorClass)) {
      void deps.store.delete(key, outcome.provider.id).catch(() => undefined);
    }
  }

  return {
    name: 'resolve-session',
    onRequest(ctx) {
      if (ctx.endpoint.kind !== 'generate' || !ctx.identity) return CONTINUE;
      ctx.session = deriveSessionId({
        protocol: ctx.endpoint.protocol,
        headers: ctx.request.headers,
        body: ctx.body?.doc ?? null,
        keyId: ctx.identity.key.id,
      });
      return CONTINUE;
    },
    onComplete: bind,
  };
}
