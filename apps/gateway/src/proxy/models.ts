import type { ServerResponse } from 'node:http';
import { type ConfigCache, filterCandidates, type ProtocolId } from '@cch/core';
import type { ProxyContext } from './context.js';

/**
 * The models a caller can reach: every candidate provider's allowed models and exact redirect
 * sources, or the known models of its protocol family when it allows everything.
 */
export function reachableModels(ctx: ProxyContext, cache: ConfigCache, knownModels: (protocol: ProtocolId) => string[], now: number): string[] {
  const { candidates } = filterCandidates(cache.current().providers, {
    protocol: ctx.endpoint.protocol, model: null, group: ctx.identity?.group ?? 'default', userAgent: ctx.request.userAgent, now,
    timeZone: 'UTC', breakerStatus: () => 'closed', isCoolingDown: () => false, isLimitExhausted: () => false, canConvert: () => false, excluded: new Set(),
  });
  const models = new Set<string>();
  for (const provider of candidates) {
    const exact = provider.modelRedirects.filter((r) => r.match === 'exact').map((r) => r.pattern);
    const listed = provider.allowedModels.length > 0 ? provider.allowedModels : knownModels(ctx.endpoint.protocol);
    for (const model of [...listed, ...exact]) models.add(model);
  }
  const allowed = ctx.identity?.user.allowedModels ?? [];
  return [...models].filter((m) => allowed.length === 0 || allowed.includes(m)).sort();
}

export function renderModelList(protocol: ProtocolId, models: string[]): unknown {
  switch (protocol) {
    case 'anthropic':
      return {
        data: models.map((id) => ({ type: 'model', id, display_name: id, created_at: '2025-01-01T00:00:00Z' })),
        has_more: false, first_id: models[0] ?? null, last_id: models.at(-1) ?? null,
      };
    case 'gemini':
    case 'gemini-cli':
      return { models: models.map((id) => ({ name: `models/${id}`, displayName: id, supportedGenerationMethods: ['generateContent', 'streamGenerateContent', 'countTokens'] })) };
    default:
      return { object: 'list', data: models.map((id) => ({ id, object: 'model', created: 1735689600, owned_by: 'claude-code-hub' })) };
  }
}

export function createModelsTerminal(deps: { cache: ConfigCache; knownModels: (protocol: ProtocolId) => string[]; now: () => number }) {
  return async function answerModels(ctx: ProxyContext, res: ServerResponse): Promise<void> {
    const body = JSON.stringify(renderModelList(ctx.endpoint.protocol, reachableModels(ctx, deps.cache, deps.knownModels, deps.now())));
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-request-id': ctx.requestId });
    res.end(body);
  };
}
