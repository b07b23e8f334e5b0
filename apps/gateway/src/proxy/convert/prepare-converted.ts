import {
  buildUpstreamHeaders,
  buildUpstreamUrl,
  NATIVE_PROTOCOL,
  PROTOCOLS,
  type Provider,
  redirectModel,
  UPSTREAMS,
} from '@cch/core';
import type { ProxyContext } from '../context.js';
import type { PreparedRequest } from '../forward/prepare-request.js';
import { createConvertedShaper } from './converted-shaper.js';
import { requestIrOf } from './request-ir.js';

/** Only protocol-neutral client headers go to a provider of another protocol (no foreign beta flags). */
const NEUTRAL_HEADERS = { names: [], prefixes: [] };

/** Whether the provider speaks another protocol than the client, so the request must be converted. */
export function needsConversion(ctx: ProxyContext, provider: Provider): boolean {
  return NATIVE_PROTOCOL[provider.type] !== ctx.endpoint.protocol;
}

/**
 * The rewrite phase for a provider of another protocol: the client's request through the IR into
 * the provider's protocol (with the provider's model after redirects), its path, the provider's
 * auth, and the shaper that converts the answer back.
 */
export function prepareConverted(ctx: ProxyContext, provider: Provider): PreparedRequest {
  const protocol = NATIVE_PROTOCOL[provider.type];
  const upstream = PROTOCOLS[protocol].translator;
  const downstream = PROTOCOLS[ctx.endpoint.protocol].translator;
  if (!upstream || !downstream) throw new Error(`no converter between ${ctx.endpoint.protocol} and ${protocol}`);
  const ir = requestIrOf(ctx);
  const upstreamModel = redirectModel(provider.modelRedirects, ir.model);
  const call = upstream.request.fromIr({ ...ir, model: upstreamModel });
  const descriptor = UPSTREAMS[provider.type];
  const headers = buildUpstreamHeaders({
    clientHeaders: ctx.request.headers,
    allowed: NEUTRAL_HEADERS,
    defaultHeaders: descriptor.defaultHeaders,
    customHeaders: provider.customHeaders,
    authHeaders: descriptor.authHeaders(provider.apiKey),
  });
  headers['content-type'] = 'application/json';
  return {
    url: buildUpstreamUrl(provider.type, provider.baseUrl, call.path),
    headers,
    body: Buffer.from(JSON.stringify(call.body)),
    upstreamModel,
    stream: ir.stream,
    conversion: { from: ctx.endpoint.protocol, to: protocol },
    shaper: createConvertedShaper(ctx, provider, { upstream: { protocol, translator: upstream }, downstream }),
  };
}
