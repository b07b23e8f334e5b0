import { deriveSessionId, type StateStore, stateKeys } from '@cch/core';
import { CONTINUE, type ProxyContext, type ProxyStep } from '../context.js';
import { createSessionRefresh } from './session-refresh.js';

export interface ResolveSessionDeps {
  store: StateStore;
  sessionTtlMs: () => number;
  now: () => number;
}

const KEEPS_BINDING = new Set(['client_error', 'client_closed']);

/**
 * Step 4 (§4): which conversation this request belongs to. Its response phase binds the session
 * to the provider that served it (sliding TTL, refreshed at most once a second per replica while
 * the binding stays the same), or drops the binding when that provider failed.
 */
export function createResolveSession(deps: ResolveSessionDeps): ProxyStep {
  const refresh = createSessionRefresh();

  function bind(ctx: ProxyContext): void {
    const outcome = ctx.outcome;
    if (!ctx.session || !outcome?.provider) return;
    const sessionId = ctx.session.id;
    const key = stateKeys.session(sessionId);
    const ttlMs = deps.sessionTtlMs();
    const now = deps.now();
    if (outcome.errorClass === null) {
      // after a retry or failover a binding may have been dropped on the way: always write then
      if (ctx.attempts.length > 1) refresh.forget(sessionId);
      if (!refresh.due(sessionId, outcome.provider.id, now, ttlMs)) return;
      void deps.store.set(key, outcome.provider.id, ttlMs).catch(() => refresh.forget(sessionId));
      void deps.store.zadd(stateKeys.activeSessions(), sessionId, now, ttlMs * 4).catch(() => undefined);
    } else if (!KEEPS_BINDING.has(outcome.errorClass)) {
      refresh.forget(sessionId);
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
