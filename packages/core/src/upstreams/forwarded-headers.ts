const HOP_BY_HOP = [
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
];
const CLIENT_AUTH = ['authorization', 'x-api-key', 'x-goog-api-key', 'cookie', 'api-key'];
/** Headers a provider's custom headers may never set. */
const PROTECTED = new Set([...HOP_BY_HOP, ...CLIENT_AUTH]);

/** The client headers a protocol forwards upstream: exact names and name prefixes (lower case). */
export interface HeaderAllowList {
  names: readonly string[];
  prefixes: readonly string[];
}

/** What every protocol forwards: the body's type, what the client accepts, who it is, SDK metadata. */
export const COMMON_FORWARDED_HEADERS: HeaderAllowList = {
  names: ['content-type', 'accept', 'user-agent'],
  prefixes: ['x-stainless-'],
};

/** Bounds on the forwarded client headers, far above what real clients send. */
export const FORWARDED_HEADER_LIMITS = { maxCount: 48, maxValueBytes: 8 * 1024, maxTotalBytes: 24 * 1024 };

/** The client's allowed headers are more or larger than an upstream should be sent. */
export class HeaderLimitError extends Error {
  constructor(readonly header: string) {
    super(`The request header ${header} is too large, or there are too many request headers.`);
    this.name = 'HeaderLimitError';
  }
}

export interface UpstreamHeaderInput {
  clientHeaders: Record<string, string | string[] | undefined>;
  /** The caller's protocol's allow-list (plus the common one). */
  allowed: HeaderAllowList;
  defaultHeaders: Record<string, string>;
  customHeaders: Record<string, string>;
  authHeaders: Record<string, string>;
}

function isAllowed(name: string, allowed: HeaderAllowList): boolean {
  if (allowed.names.includes(name) || COMMON_FORWARDED_HEADERS.names.includes(name)) return true;
  return [...allowed.prefixes, ...COMMON_FORWARDED_HEADERS.prefixes].some((prefix) => name.startsWith(prefix));
}

/**
 * The headers sent upstream: only the client headers its protocol knows (anthropic-version,
 * anthropic-beta, openai-beta, Codex's session headers, user-agent …), within
 * FORWARDED_HEADER_LIMITS (else `HeaderLimitError`); then the provider's custom headers (never
 * auth or hop-by-hop); then the provider's own auth. Responses are requested uncompressed so the
 * usage tap can read them.
 */
export function buildUpstreamHeaders(input: UpstreamHeaderInput): Record<string, string> {
  const headers: Record<string, string> = { ...input.defaultHeaders };
  let count = 0;
  let total = 0;
  for (const [name, value] of Object.entries(input.clientHeaders)) {
    if (value === undefined || PROTECTED.has(name) || !isAllowed(name, input.allowed)) continue;
    const text = Array.isArray(value) ? value.join(', ') : value;
    count++;
    total += name.length + text.length;
    const { maxCount, maxValueBytes, maxTotalBytes } = FORWARDED_HEADER_LIMITS;
    if (count > maxCount || text.length > maxValueBytes || total > maxTotalBytes) throw new HeaderLimitError(name);
    headers[name] = text;
  }
  for (const [name, value] of Object.entries(input.customHeaders)) {
    const lower = name.toLowerCase();
    if (!PROTECTED.has(lower)) headers[lower] = value;
  }
  Object.assign(headers, input.authHeaders);
  headers['accept-encoding'] = 'identity';
  return headers;
}

const RESPONSE_DROPPED = new Set([
  ...HOP_BY_HOP,
  'content-encoding',
  'set-cookie',
  'alt-svc',
  'server',
  'x-envoy-upstream-service-time',
  'cf-ray',
  'nel',
  'report-to',
  'strict-transport-security',
]);

/** Upstream response headers safe to relay to the client. */
export function relayableResponseHeaders(
  upstream: Record<string, string | string[] | undefined>,
): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(upstream)) {
    if (value === undefined || RESPONSE_DROPPED.has(name)) continue;
    headers[name] = value;
  }
  return headers;
}
