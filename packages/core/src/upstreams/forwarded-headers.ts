const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host', 'content-length'];
const CLIENT_AUTH = ['authorization', 'x-api-key', 'x-goog-api-key', 'cookie', 'api-key'];
const CLIENT_IP = ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded', 'x-real-ip', 'cf-connecting-ip', 'true-client-ip', 'x-client-ip', 'x-cluster-client-ip', 'fastly-client-ip', 'cdn-loop', 'cf-ray', 'cf-ipcountry', 'cf-visitor', 'via'];
const TRACING = ['traceparent', 'tracestate', 'baggage', 'sentry-trace', 'x-request-id', 'x-correlation-id', 'x-amzn-trace-id', 'x-cloud-trace-context', 'b3', 'x-b3-traceid', 'x-b3-spanid', 'x-b3-parentspanid', 'x-b3-sampled', 'x-b3-flags', 'x-datadog-trace-id', 'x-datadog-parent-id'];

const DROPPED = new Set([...HOP_BY_HOP, ...CLIENT_AUTH, ...CLIENT_IP, ...TRACING, 'accept-encoding']);
/** Headers a provider's custom headers may never set. */
const PROTECTED = new Set([...HOP_BY_HOP, ...CLIENT_AUTH, 'x-goog-api-key']);

export interface UpstreamHeaderInput {
  clientHeaders: Record<string, string | string[] | undefined>;
  defaultHeaders: Record<string, string>;
  customHeaders: Record<string, string>;
  authHeaders: Record<string, string>;
  /** Forward the client's IP headers (a provider may ask for it). */
  forwardClientIp: boolean;
}

/**
 * The headers sent upstream: the client's protocol headers (anthropic-version, anthropic-beta,
 * openai-beta, user-agent, …) minus its gateway key, hop-by-hop, client-IP and tracing headers;
 * then the provider's custom headers (never auth or hop-by-hop); then the provider's own auth.
 * Responses are requested uncompressed so the usage tap can read them.
 */
export function buildUpstreamHeaders(input: UpstreamHeaderInput): Record<string, string> {
  const headers: Record<string, string> = { ...input.defaultHeaders };
  for (const [name, value] of Object.entries(input.clientHeaders)) {
    if (value === undefined) continue;
    if (DROPPED.has(name) && !(input.forwardClientIp && CLIENT_IP.includes(name))) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  for (const [name, value] of Object.entries(input.customHeaders)) {
    const lower = name.toLowerCase();
    if (!PROTECTED.has(lower)) headers[lower] = value;
  }
  Object.assign(headers, input.authHeaders);
  headers['accept-encoding'] = 'identity';
  return headers;
}

const RESPONSE_DROPPED = new Set([...HOP_BY_HOP, 'content-encoding', 'set-cookie', 'alt-svc', 'server', 'x-envoy-upstream-service-time', 'cf-ray', 'nel', 'report-to', 'strict-transport-security']);

/** Upstream response headers safe to relay to the client. */
export function relayableResponseHeaders(upstream: Record<string, string | string[] | undefined>): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(upstream)) {
    if (value === undefined || RESPONSE_DROPPED.has(name)) continue;
    headers[name] = value;
  }
  return headers;
}
