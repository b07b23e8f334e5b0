import { buildUpstreamHeaders, buildUpstreamUrl, type Provider, redirectModel, UPSTREAMS } from '@cch/core';
import type { ProxyContext } from '../context.js';
import { rewriteTarget } from './rewrite-target.js';

export interface PreparedRequest {
  url: URL;
  headers: Record<string, string>;
  body: Buffer | null;
  upstreamModel: string | null;
}

/**
 * Rewrite phase for one provider: model redirect (into the path for Gemini, else the body),
 * the documented body rewrites, custom headers and the provider's auth.
 */
export function prepareRequest(ctx: ProxyContext, provider: Provider): PreparedRequest {
  const requestedModel = ctx.body?.model ?? null;
  const upstreamModel = requestedModel === null ? null : redirectModel(provider.modelRedirects, requestedModel);
  const { path, body } = rewriteTarget(ctx, upstreamModel);
  const descriptor = UPSTREAMS[provider.type];
  const headers = buildUpstreamHeaders({
    clientHeaders: ctx.request.headers,
    defaultHeaders: descriptor.defaultHeaders,
    customHeaders: provider.customHeaders,
    authHeaders: descriptor.authHeaders(provider.apiKey),
    forwardClientIp: false,
  });
  if (body) headers['content-type'] ??= 'application/json';
  return { url: new URL(buildUpstreamUrl(provider.type, provider.baseUrl, path)), headers, body, upstreamModel };
}
