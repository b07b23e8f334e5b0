import type { ProtocolId } from '../domain/protocol.js';
import { type Endpoint, type EndpointKind, fixedEndpoint } from './endpoint.js';
import { resolveCodeAssistEndpoint } from './gemini-cli/endpoints.js';
import { GEMINI_ENDPOINTS } from './gemini/endpoints.js';
import { isGeminiMethod, parseGeminiModelPath } from './gemini/model-path.js';
import { PROTOCOLS } from './registry.js';

type Headers = Record<string, string | string[] | undefined>;

/** One route of the proxy and how a request on it maps to an endpoint (HTTP-server agnostic). */
export interface ProxyRoute {
  method: 'GET' | 'POST';
  /** Route pattern; `*` where the path carries a model or method. */
  url: string;
  /** The caller's protocol when `resolve` finds no endpoint (answered as not found, in that protocol). */
  protocol: ProtocolId;
  resolve(request: { path: string; headers: Headers }): Endpoint | null;
}

function localEndpoint(protocol: ProtocolId, kind: EndpointKind, url: string): Endpoint {
  const family = protocol === 'openai-chat' ? 'openai' : protocol;
  return fixedEndpoint({ id: `${family}.${kind}`, protocol, kind, method: 'GET', url });
}

/**
 * Model lists answer in the caller's format. `/v1/models` is shared: Anthropic clients send
 * anthropic-version or x-api-key, Google clients (@google/genai ≥ 3 uses `/v1`) x-goog-api-key.
 */
export const MODEL_LIST_ENDPOINTS = {
  anthropic: localEndpoint('anthropic', 'models', '/v1/models'),
  openai: localEndpoint('openai-chat', 'models', '/v1/models'),
  gemini: localEndpoint('gemini', 'models', '/v1beta/models'),
  anthropicModel: localEndpoint('anthropic', 'model', '/v1/models/*'),
  openaiModel: localEndpoint('openai-chat', 'model', '/v1/models/*'),
  geminiModel: localEndpoint('gemini', 'model', '/v1beta/models/*'),
};

function listFamily(headers: Headers): 'anthropic' | 'openai' | 'gemini' {
  if (headers['anthropic-version'] !== undefined || headers['x-api-key'] !== undefined) return 'anthropic';
  return headers['x-goog-api-key'] !== undefined ? 'gemini' : 'openai';
}

function modelListFor(headers: Headers): Endpoint {
  return MODEL_LIST_ENDPOINTS[listFamily(headers)];
}

function singleModelFor(headers: Headers): Endpoint {
  const family = listFamily(headers);
  return MODEL_LIST_ENDPOINTS[
    family === 'anthropic' ? 'anthropicModel' : family === 'gemini' ? 'geminiModel' : 'openaiModel'
  ];
}

function resolveGeminiCall(path: string): Endpoint | null {
  const parsed = parseGeminiModelPath(path);
  return parsed && isGeminiMethod(parsed.method) ? GEMINI_ENDPOINTS[parsed.method] : null;
}

function fixed(endpoint: Endpoint): ProxyRoute {
  return { method: endpoint.method, url: endpoint.url, protocol: endpoint.protocol, resolve: () => endpoint };
}

const FIXED_PATH_PROTOCOLS = [PROTOCOLS.anthropic, PROTOCOLS['openai-chat'], PROTOCOLS['openai-responses']];

/** Every proxy route, built from the protocol adapters' endpoints. */
export const PROXY_ROUTES: readonly ProxyRoute[] = [
  ...FIXED_PATH_PROTOCOLS.flatMap((adapter) => adapter.endpoints.map(fixed)),
  { method: 'GET', url: '/v1/models', protocol: 'openai-chat', resolve: ({ headers }) => modelListFor(headers) },
  { method: 'GET', url: '/v1/models/*', protocol: 'openai-chat', resolve: ({ headers }) => singleModelFor(headers) },
  fixed(MODEL_LIST_ENDPOINTS.gemini),
  { method: 'GET', url: '/v1beta/models/*', protocol: 'gemini', resolve: () => MODEL_LIST_ENDPOINTS.geminiModel },
  { method: 'POST', url: '/v1beta/models/*', protocol: 'gemini', resolve: ({ path }) => resolveGeminiCall(path) },
  { method: 'POST', url: '/v1/models/*', protocol: 'gemini', resolve: ({ path }) => resolveGeminiCall(path) },
  {
    method: 'POST',
    url: '/v1internal*',
    protocol: 'gemini-cli',
    resolve: ({ path }) => resolveCodeAssistEndpoint(path),
  },
];

/** The path prefixes the proxy owns. */
export const PROXY_PREFIXES = ['/v1', '/v1beta', '/v1internal'] as const;

/** The prefix (of PROXY_PREFIXES) a route pattern belongs to: the longest one followed by `/` or `*`. */
export function prefixOfRoute(url: string): string | null {
  const owners = PROXY_PREFIXES.filter(
    (prefix) => url.startsWith(prefix) && ['/', '*'].includes(url.charAt(prefix.length)),
  );
  return owners.sort((a, b) => b.length - a.length)[0] ?? null;
}

/** The model named in a single-model path (`/v1/models/{id}`, `/v1beta/models/{model}`), decoded. */
export function modelInPath(path: string): string | null {
  const at = path.indexOf('/models/');
  if (at < 0) return null;
  try {
    const model = decodeURIComponent(path.slice(at + '/models/'.length));
    return model.length > 0 && model.length <= 256 && !model.includes('/') ? model : null;
  } catch {
    return null;
  }
}

/** Which protocol a request on an unknown or failed route most likely speaks, for its error. */
export function protocolOfPath(path: string, headers: Headers): ProtocolId {
  if (path.startsWith('/v1beta')) return 'gemini';
  if (path.startsWith('/v1internal')) return 'gemini-cli';
  if (path.startsWith('/v1/responses')) return 'openai-responses';
  if (path.startsWith('/v1/chat')) return 'openai-chat';
  if (headers['anthropic-version'] !== undefined || headers['x-api-key'] !== undefined) return 'anthropic';
  if (headers['x-goog-api-key'] !== undefined) return 'gemini';
  return path.startsWith('/v1/messages') ? 'anthropic' : 'openai-chat';
}
