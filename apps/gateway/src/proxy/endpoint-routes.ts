import type { IncomingHttpHeaders } from 'node:http';
import type { ProtocolId } from '@cch/core';
import { type Endpoint, ENDPOINTS, MODEL_LIST_ENDPOINTS } from './endpoints.js';
import { resolveCodeAssistEndpoint, resolveGeminiEndpoint } from './gemini-path.js';

/** One Fastify route of the proxy and how a request on it maps to an endpoint. */
export interface EndpointRoute {
  method: 'GET' | 'POST';
  /** Fastify pattern; wildcards for paths Fastify cannot express (`{model}:{method}`). */
  url: string;
  /** The caller's protocol when `resolve` finds no endpoint (answered as not found). */
  protocol: ProtocolId;
  resolve(request: { url: string; headers: IncomingHttpHeaders }): Endpoint | null;
}

/** The path prefixes the proxy owns, each its own Fastify context. */
export const PROXY_PREFIXES = ['/v1', '/v1beta', '/v1internal'] as const;

function fixed(endpoint: Endpoint): EndpointRoute {
  return { method: endpoint.method, url: endpoint.url, protocol: endpoint.protocol, resolve: () => endpoint };
}

function modelListFor(headers: IncomingHttpHeaders): Endpoint {
  if (headers['anthropic-version'] !== undefined || headers['x-api-key'] !== undefined) return MODEL_LIST_ENDPOINTS.anthropic;
  return headers['x-goog-api-key'] !== undefined ? MODEL_LIST_ENDPOINTS.geminiV1 : MODEL_LIST_ENDPOINTS.openai;
}

export const ENDPOINT_ROUTES: readonly EndpointRoute[] = [
  ...ENDPOINTS.map(fixed),
  { method: 'GET', url: '/v1/models', protocol: 'openai-chat', resolve: ({ headers }) => modelListFor(headers) },
  fixed(MODEL_LIST_ENDPOINTS.gemini),
  { method: 'POST', url: '/v1beta/models/*', protocol: 'gemini', resolve: ({ url }) => resolveGeminiEndpoint(url) },
  { method: 'POST', url: '/v1/models/*', protocol: 'gemini', resolve: ({ url }) => resolveGeminiEndpoint(url) },
  { method: 'POST', url: '/v1internal*', protocol: 'gemini-cli', resolve: ({ url }) => resolveCodeAssistEndpoint(url) },
];

/** The prefix (of PROXY_PREFIXES) a route pattern belongs to: the longest one followed by `/` or `*`. */
export function prefixOfRoute(url: string): string | null {
  const owners = PROXY_PREFIXES.filter((prefix) => url.startsWith(prefix) && ['/', '*'].includes(url.charAt(prefix.length)));
  return owners.sort((a, b) => b.length - a.length)[0] ?? null;
}
