import { asRecord } from '@cch/core';
import type { ProxyContext } from '../context.js';

/** The client's query minus any `key=` parameter (the gateway key never goes upstream). */
export function upstreamQuery(url: string): string {
  const queryStart = url.indexOf('?');
  if (queryStart < 0) return '';
  const params = new URLSearchParams(url.slice(queryStart + 1));
  params.delete('key');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Path and body for a provider that speaks the caller's protocol. The path is rebuilt by the
 * endpoint from validated parts (a model redirect goes into the Gemini path); the body goes
 * upstream byte for byte, except for the documented rewrites (a redirected `model`, usage asked
 * for in a streaming Chat Completions request), which are spliced into the raw bytes.
 */
export function upstreamTarget(ctx: ProxyContext, upstreamModel: string | null): { path: string; body: Buffer | null } {
  const raw = ctx.rawBody.length > 0 ? ctx.rawBody : null;
  const clientPath = ctx.request.path;
  const path = ctx.endpoint.upstreamPath({ clientPath, model: upstreamModel }) + upstreamQuery(ctx.request.url);
  const parsed = ctx.body;
  if (!parsed || ctx.endpoint.modelIn === 'path') return { path, body: raw };
  const changes: Record<string, unknown> = {};
  if (upstreamModel !== null && upstreamModel !== parsed.model) changes['model'] = upstreamModel;
  if (ctx.endpoint.includeStreamUsage === true && parsed.stream) {
    const streamOptions = asRecord(parsed.doc.get('stream_options')) ?? {};
    if (streamOptions['include_usage'] !== true) changes['stream_options'] = { ...streamOptions, include_usage: true };
  }
  return { path, body: Object.keys(changes).length > 0 ? parsed.doc.withFields(changes) : raw };
}
