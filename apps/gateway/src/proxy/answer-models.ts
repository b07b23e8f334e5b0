import type { ServerResponse } from 'node:http';
import {
  canConvert,
  type ConfigCache,
  filterCandidates,
  GatewayError,
  modelInPath,
  PROTOCOLS,
  type ProtocolId,
} from '@cch/core';
import type { ProxyContext } from './context.js';

/**
 * The models a caller can reach: every candidate provider's allowed models and exact redirect
 * sources, or the known models of its protocol family when it allows everything.
 */
export function reachableModels(
  ctx: ProxyContext,
  cache: ConfigCache,
  knownModels: (protocol: ProtocolId) => string[],
  now: number,
): string[] {
  const { candidates } = filterCandidates(cache.current().providers, {
    protocol: ctx.endpoint.protocol,
    model: null,
    group: ctx.identity?.group ?? 'default',
    userAgent: ctx.request.userAgent,
    now,
    timeZone: 'UTC',
    breakerStatus: () => 'closed',
    isCoolingDown: () => false,
    isLimitExhausted: () => false,
    canConvert,
    excluded: new Set(),
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

export interface AnswerModelsDeps {
  cache: ConfigCache;
  knownModels: (protocol: ProtocolId) => string[];
  now: () => number;
}

/** The terminal of `GET …/models` and `GET …/models/{model}`: from the configuration, in the caller's shape. */
export function createModelsTerminal(deps: AnswerModelsDeps) {
  return async function answerModels(ctx: ProxyContext, res: ServerResponse): Promise<void> {
    const adapter = PROTOCOLS[ctx.endpoint.protocol];
    const models = reachableModels(ctx, deps.cache, deps.knownModels, deps.now());
    let answer: unknown;
    if (ctx.endpoint.kind === 'models') answer = adapter.renderModelList(models);
    else {
      const wanted = modelInPath(ctx.request.path)?.replace(/^models\//, '') ?? null;
      if (wanted === null || !models.includes(wanted)) {
        ctx.error = new GatewayError('not_found', { message: `The model ${wanted ?? ''} is not available.`.trim() });
        return;
      }
      answer = adapter.renderModel(wanted);
    }
    const body = JSON.stringify(answer);
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'x-request-id': ctx.requestId,
    });
    res.end(body);
  };
}
