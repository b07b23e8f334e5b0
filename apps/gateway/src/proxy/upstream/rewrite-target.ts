import type { ProxyContext } from '../context.js';
import { withGeminiModel } from '../gemini-path.js';

/** The client's path and query minus any `key=` parameter (the gateway key never goes upstream). */
export function upstreamPath(url: string): string {
  const queryStart = url.indexOf('?');
  if (queryStart < 0) return url;
  const params = new URLSearchParams(url.slice(queryStart + 1));
  params.delete('key');
  const query = params.toString();
  return url.slice(0, queryStart) + (query ? `?${query}` : '');
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {}; // checked to be a plain object
}

/**
 * The documented rewrites of path and body for one provider: a model redirect goes into the
 * Gemini path or the body's `model`; a streaming Chat Completions request asks for usage in its
 * last chunk. The body is re-serialised only when one of them changes it; otherwise it goes
 * upstream byte for byte.
 */
export function rewriteTarget(ctx: ProxyContext, upstreamModel: string | null): { path: string; body: Buffer | null } {
  const raw = ctx.request.rawBody.length > 0 ? ctx.request.rawBody : null;
  const path = upstreamPath(ctx.request.url);
  const parsed = ctx.body;
  if (!parsed) return { path, body: raw };
  const redirected = upstreamModel !== null && upstreamModel !== parsed.model;
  if (ctx.endpoint.modelFrom === 'gemini-path') return { path: redirected ? withGeminiModel(path, upstreamModel) : path, body: raw };

  const streamOptions = record(parsed.json['stream_options']);
  const askUsage = ctx.endpoint.includeStreamUsage === true && parsed.stream && streamOptions['include_usage'] !== true;
  if (!redirected && !askUsage) return { path, body: raw };
  const json = {
    ...parsed.json,
    ...(redirected && { model: upstreamModel }),
    ...(askUsage && { stream_options: { ...streamOptions, include_usage: true } }),
  };
  return { path, body: Buffer.from(JSON.stringify(json)) };
}
