import {
  NO_REQUEST_RULES,
  type RequestRules,
  rewriteUpstreamRequest,
  buildUpstreamHeaders,
  buildUpstreamUrl,
  PROTOCOLS,
  type ProtocolId,
  type Provider,
  type RectifierSwitchboard,
  redirectModel,
  UPSTREAMS,
} from '@cch/core';
import { needsConversion, prepareConverted } from '../convert/prepare-converted.js';
import type { ProxyContext } from '../context.js';
import { type AnswerShaper, createNativeShaper } from './answer-shaper.js';
import { rectifyRequest, withoutForeignReasoning } from './rectify-request.js';
import { withResponseFixer } from './response-fixer.js';
import { upstreamTarget } from './upstream-target.js';

export interface PreparedRequest {
  url: URL;
  headers: Record<string, string>;
  body: Buffer | null;
  upstreamModel: string | null;
  /** Whether the upstream answer streams. */
  stream: boolean;
  /** Set when the provider speaks another protocol and the request was converted. */
  conversion: { from: ProtocolId; to: ProtocolId } | null;
  /** How the upstream's answer becomes the client's. */
  shaper: AnswerShaper;
}

/**
 * Rewrite phase for one provider (converted when it speaks another protocol): model redirect (into
 * the path for Gemini, else the body), the rectifiers, the documented body rewrites, custom headers,
 * the provider's auth, then the provider's overrides and the request filters. Throws
 * `UpstreamUrlError` when the path would leave the provider's base URL, `HeaderLimitError` when
 * the client's headers are too many or too large.
 */
export function prepareRequest(
  ctx: ProxyContext,
  provider: Provider,
  governance: { rectifiers: RectifierSwitchboard; requestRules?: RequestRules },
): PreparedRequest {
  const { rectifiers, requestRules = NO_REQUEST_RULES } = governance;
  const prepared = governed(
    ctx,
    provider,
    requestRules,
    needsConversion(ctx, provider) ? prepareConverted(ctx, provider) : prepareNative(ctx, provider, rectifiers),
  );
  if (!prepared.stream || !rectifiers.isOn('response_fixer', provider.id)) return prepared;
  return { ...prepared, shaper: withResponseFixer(prepared.shaper, ctx, provider) };
}

/**
 * The provider's overrides and the request filters, last, on what goes upstream (in the
 * provider's protocol); each rule that acted is added to the request's decision chain.
 */
function governed(ctx: ProxyContext, provider: Provider, rules: RequestRules, prepared: PreparedRequest) {
  const { headers, body, hits } = rewriteUpstreamRequest(rules, {
    provider,
    userGroup: ctx.identity?.group ?? 'default',
    protocol: prepared.conversion?.to ?? ctx.endpoint.protocol,
    headers: prepared.headers,
    body: prepared.body,
  });
  if (hits.length === 0) return prepared;
  ctx.ruleHits.push(...hits);
  return { ...prepared, headers, body };
}

function prepareNative(ctx: ProxyContext, provider: Provider, rectifiers: RectifierSwitchboard): PreparedRequest {
  const requestedModel = ctx.body?.model ?? null;
  const upstreamModel = requestedModel === null ? null : redirectModel(provider.modelRedirects, requestedModel);
  const target = upstreamTarget(ctx, upstreamModel);
  const path = target.path;
  const body = rectifyRequest(
    ctx,
    provider,
    withoutForeignReasoning(ctx, provider, target.body, upstreamModel),
    rectifiers,
  );
  const descriptor = UPSTREAMS[provider.type];
  const headers = buildUpstreamHeaders({
    clientHeaders: ctx.request.headers,
    allowed: PROTOCOLS[ctx.endpoint.protocol].forwardedHeaders,
    defaultHeaders: descriptor.defaultHeaders,
    customHeaders: provider.customHeaders,
    authHeaders: descriptor.authHeaders(provider.apiKey),
  });
  if (body) headers['content-type'] ??= 'application/json';
  return {
    url: buildUpstreamUrl(provider.type, provider.baseUrl, path),
    headers,
    body,
    upstreamModel,
    stream: ctx.body?.stream ?? false,
    conversion: null,
    shaper: createNativeShaper(ctx, provider),
  };
}
