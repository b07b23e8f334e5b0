import { type ConfigCache, GatewayError, hashApiKey } from '@cch/core';
import { CONTINUE, type InboundRequest, type ProxyStep } from '../context.js';

function single(value: string | string[] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return first && first.trim().length > 0 ? first.trim() : null;
}

/** Every place a client may put its key: x-api-key, Bearer, x-goog-api-key, ?key=. */
export function presentedKeys(request: InboundRequest): string[] {
  const bearer = single(request.headers.authorization);
  const keys = [
    single(request.headers['x-api-key']),
    bearer?.toLowerCase().startsWith('bearer ') ? bearer.slice(7).trim() : bearer,
    single(request.headers['x-goog-api-key']),
    request.query['key'] ?? null,
  ];
  return [...new Set(keys.filter((k): k is string => k !== null && k.length > 0))];
}

/** Step 2: key → key record → user, all from the in-process cache. */
export function createAuthenticate(deps: { cache: ConfigCache; now: () => number }): ProxyStep {
  const refuse = (code: ConstructorParameters<typeof GatewayError>[0]) => ({
    action: 'reply' as const,
    error: new GatewayError(code),
  });
  return {
    name: 'authenticate',
    onRequest(ctx) {
      const keys = presentedKeys(ctx.request);
      if (keys.length === 0) return refuse('missing_api_key');
      if (keys.length > 1) return refuse('conflicting_api_keys');
      const snapshot = deps.cache.current();
      const key = snapshot.keyByHash.get(hashApiKey(keys[0]!));
      if (!key) return refuse('invalid_api_key');
      const now = deps.now();
      if (!key.enabled) return refuse('disabled_api_key');
      if (key.expiresAt && key.expiresAt.getTime() <= now) return refuse('expired_api_key');
      const user = snapshot.userById.get(key.userId);
      if (!user?.enabled) return refuse('disabled_user');
      if (user.expiresAt && user.expiresAt.getTime() <= now) return refuse('expired_user');
      ctx.identity = { user, key, group: key.group ?? user.group ?? 'default' };
      return CONTINUE;
    },
  };
}
