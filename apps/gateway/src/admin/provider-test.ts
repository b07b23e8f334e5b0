import {
  buildUpstreamHeaders,
  buildUpstreamUrl,
  NATIVE_PROTOCOL,
  PROTOCOLS,
  type Provider,
  redactSecrets,
  UPSTREAMS,
} from '@cch/core';
import type { Runtime } from '../runtime.js';
import { attemptUpstream } from '../upstream/attempt-upstream.js';

const TEST_TIMEOUT_MS = 30_000;

export interface ProviderTestResult {
  ok: boolean;
  status: number | null;
  latencyMs: number;
  model: string;
  errorClass: string | null;
  message: string | null;
}

/** Sends one tiny request through the proxy's own upstream code (URL, auth, dispatcher, classification). */
export async function testProvider(
  runtime: Pick<Runtime, 'dispatchers' | 'now'>,
  provider: Provider,
  requestedModel?: string,
  timeoutMs = TEST_TIMEOUT_MS,
): Promise<ProviderTestResult> {
  const probe = PROTOCOLS[NATIVE_PROTOCOL[provider.type]].probe;
  const model = requestedModel ?? provider.allowedModels[0] ?? probe.defaultModel;
  const descriptor = UPSTREAMS[provider.type];
  const headers = buildUpstreamHeaders({
    clientHeaders: { 'content-type': 'application/json' },
    allowed: { names: [], prefixes: [] },
    defaultHeaders: descriptor.defaultHeaders,
    customHeaders: provider.customHeaders,
    authHeaders: descriptor.authHeaders(provider.apiKey),
  });
  const started = performance.now();
  const outcome = await attemptUpstream(
    {
      provider,
      dispatcher: runtime.dispatchers.get(provider, 'configured'),
      method: 'POST',
      stream: false,
      url: buildUpstreamUrl(provider.type, provider.baseUrl, probe.path(model)),
      headers,
      body: Buffer.from(JSON.stringify(probe.body(model))),
      clientSignal: AbortSignal.timeout(timeoutMs),
    },
    runtime.now,
  );
  const latencyMs = Math.round(performance.now() - started);
  if (outcome.kind === 'json')
    return { ok: true, status: outcome.status, latencyMs, model, errorClass: null, message: null };
  if (outcome.kind === 'stream') {
    outcome.cancel();
    return { ok: true, status: outcome.status, latencyMs, model, errorClass: null, message: null };
  }
  if (outcome.kind === 'client-error') {
    const message = redactSecrets(outcome.buffer.subarray(0, 300).toString(), provider.apiKey);
    return { ok: false, status: outcome.status, latencyMs, model, errorClass: 'client_error', message };
  }
  const { failure } = outcome;
  return {
    ok: false,
    status: failure.status,
    latencyMs,
    model,
    errorClass: failure.errorClass,
    message: failure.message,
  };
}
