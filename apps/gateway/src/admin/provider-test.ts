import { buildUpstreamHeaders, buildUpstreamUrl, type Provider, type ProviderType, redactSecrets, UPSTREAMS } from '@cch/core';
import { attemptUpstream } from '../proxy/upstream/attempt-upstream.js';
import type { Runtime } from '../runtime.js';

const TEST_TIMEOUT_MS = 30_000;
const PROMPT = 'ping';

/** The smallest real request per provider type: path, default model, body. */
const PROBES = {
  claude: { model: 'claude-haiku-4-5', path: () => '/v1/messages', body: (model) => ({ model, max_tokens: 1, messages: [{ role: 'user', content: PROMPT }] }) },
  'claude-auth': { model: 'claude-haiku-4-5', path: () => '/v1/messages', body: (model) => ({ model, max_tokens: 1, messages: [{ role: 'user', content: PROMPT }] }) },
  codex: { model: 'gpt-5-mini', path: () => '/v1/responses', body: (model) => ({ model, input: PROMPT, max_output_tokens: 16 }) },
  'openai-compatible': { model: 'gpt-4o-mini', path: () => '/v1/chat/completions', body: (model) => ({ model, max_tokens: 1, messages: [{ role: 'user', content: PROMPT }] }) },
  gemini: {
    model: 'gemini-2.5-flash',
    path: (model) => `/v1beta/models/${encodeURIComponent(model)}:generateContent`,
    body: () => ({ contents: [{ role: 'user', parts: [{ text: PROMPT }] }], generationConfig: { maxOutputTokens: 1 } }),
  },
  'gemini-cli': {
    model: 'gemini-2.5-flash',
    path: () => '/v1internal:generateContent',
    body: (model) => ({ model, request: { contents: [{ role: 'user', parts: [{ text: PROMPT }] }] } }),
  },
} satisfies Record<ProviderType, { model: string; path: (model: string) => string; body: (model: string) => unknown }>;

export interface ProviderTestResult {
  ok: boolean;
  status: number | null;
  latencyMs: number;
  model: string;
  errorClass: string | null;
  message: string | null;
}

/** Sends one tiny request through the proxy's own upstream code (URL, auth, dispatcher, classification). */
export async function testProvider(runtime: Runtime, provider: Provider, requestedModel?: string): Promise<ProviderTestResult> {
  const probe = PROBES[provider.type];
  const model = requestedModel ?? provider.allowedModels[0] ?? probe.model;
  const descriptor = UPSTREAMS[provider.type];
  const headers = buildUpstreamHeaders({
    clientHeaders: { 'content-type': 'application/json' }, defaultHeaders: descriptor.defaultHeaders, customHeaders: provider.customHeaders,
    authHeaders: descriptor.authHeaders(provider.apiKey), forwardClientIp: false,
  });
  const started = performance.now();
  const outcome = await attemptUpstream({
    provider, dispatcher: runtime.dispatchers.get(provider, 'configured'), method: 'POST', stream: false,
    url: new URL(buildUpstreamUrl(provider.type, provider.baseUrl, probe.path(model))), headers,
    body: Buffer.from(JSON.stringify(probe.body(model))), clientSignal: AbortSignal.timeout(TEST_TIMEOUT_MS),
  }, runtime.now);
  const latencyMs = Math.round(performance.now() - started);
  if (outcome.kind === 'json') return { ok: true, status: outcome.status, latencyMs, model, errorClass: null, message: null };
  if (outcome.kind === 'stream') {
    outcome.cancel();
    return { ok: true, status: outcome.status, latencyMs, model, errorClass: null, message: null };
  }
  if (outcome.kind === 'client-error') {
    const message = redactSecrets(outcome.buffer.subarray(0, 300).toString(), provider.apiKey);
    return { ok: false, status: outcome.status, latencyMs, model, errorClass: 'client_error', message };
  }
  const { failure } = outcome;
  return { ok: false, status: failure.status, latencyMs, model, errorClass: failure.errorClass, message: failure.message };
}
