import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import type { Dispatcher } from 'undici';
import { NATIVE_PROTOCOL, PROTOCOLS, type Provider, redactSecrets, type UpstreamErrorReading } from '@cch/core';
import {
  failureFromError,
  failureFromStatus,
  fake2xx,
  type Failure,
  isClientError,
  parseRetryAfter,
} from './classify-failure.js';
import { inspectJsonBody, readBody, readStreamHead } from './read-stream-head.js';
import { streamErrorStatus } from './stream-error-status.js';
import { upstreamErrorText, upstreamErrorType } from './upstream-error-text.js';

const MAX_JSON_BYTES = 64 * 1024 * 1024;
const MAX_ERROR_BYTES = 256 * 1024;

export interface UpstreamRequest {
  provider: Provider;
  dispatcher: Dispatcher;
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: Buffer | null;
  /** The client asked for a stream: first-byte and idle timeouts apply instead of the total one. */
  stream: boolean;
  /** Aborted when the client goes away. */
  clientSignal: AbortSignal;
}

export type AttemptOutcome =
  | { kind: 'stream'; status: number; headers: IncomingHttpHeaders; head: Buffer[]; body: Readable; cancel: () => void }
  | { kind: 'json'; status: number; headers: IncomingHttpHeaders; buffer: Buffer; json: unknown }
  | { kind: 'client-error'; status: number; headers: IncomingHttpHeaders; buffer: Buffer }
  | { kind: 'failed'; failure: Failure };

function headerText(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

/** One try against one provider; never throws. */
export async function attemptUpstream(request: UpstreamRequest, now: () => number): Promise<AttemptOutcome> {
  const { provider } = request;
  const controller = new AbortController();
  const onClientAbort = () => controller.abort(request.clientSignal.reason);
  request.clientSignal.addEventListener('abort', onClientAbort, { once: true });
  const totalTimer = request.stream
    ? null
    : setTimeout(
        () => controller.abort(Object.assign(new Error('total timeout'), { code: 'TOTAL_TIMEOUT' })),
        provider.timeouts.totalMs,
      );
  const cleanup = () => {
    if (totalTimer) clearTimeout(totalTimer);
    request.clientSignal.removeEventListener('abort', onClientAbort);
  };
  try {
    const response = await request.dispatcher.request({
      origin: request.url.origin,
      path: request.url.pathname + request.url.search,
      method: request.method as Dispatcher.HttpMethod,
      headers: request.headers,
      body: request.body,
      signal: controller.signal,
      headersTimeout: request.stream ? provider.timeouts.firstByteMs : provider.timeouts.totalMs,
      bodyTimeout: request.stream ? provider.timeouts.streamIdleMs : provider.timeouts.totalMs,
    });
    const outcome = await classifyResponse(request, response, now);
    if (outcome.kind === 'stream') {
      // the relay owns the stream from here; keep the client-abort link until it ends
      response.body.once('close', cleanup);
      return { ...outcome, cancel: () => controller.abort() };
    }
    cleanup();
    return outcome;
  } catch (error) {
    cleanup();
    const reason: unknown = controller.signal.aborted ? (controller.signal.reason ?? error) : error;
    return { kind: 'failed', failure: failureFromError(reason, provider.circuitBreaker.countNetworkErrors) };
  }
}

type Classified =
  | Exclude<AttemptOutcome, { kind: 'stream' }>
  | Omit<Extract<AttemptOutcome, { kind: 'stream' }>, 'cancel'>;

async function classifyResponse(
  request: UpstreamRequest,
  response: Dispatcher.ResponseData,
  now: () => number,
): Promise<Classified> {
  const { statusCode: status, headers, body } = response;
  const secret = request.provider.apiKey;
  const protocol = PROTOCOLS[NATIVE_PROTOCOL[request.provider.type]];
  if (status < 200 || status >= 300) {
    const buffer = await readBody(body, MAX_ERROR_BYTES).catch(() => Buffer.alloc(0));
    if (isClientError(status)) return { kind: 'client-error', status, headers, buffer };
    const message = redactSecrets(upstreamErrorText(status, buffer, protocol.readErrorBody), secret);
    const failure = failureFromStatus(status, parseRetryAfter(headers['retry-after'], now()), message);
    const upstream = {
      errorType: upstreamErrorType(buffer, protocol.readErrorBody),
      body: redactSecrets(buffer.subarray(0, 8192).toString(), secret),
    };
    return { kind: 'failed', failure: { ...failure, upstream } };
  }
  const contentType = headerText(headers, 'content-type');
  if (contentType.includes('text/event-stream')) {
    const head = await readStreamHead(body, protocol.classifyStreamFrame, request.provider.timeouts.firstByteMs);
    if (head.verdict === 'content') return { kind: 'stream', status, headers, head: head.chunks, body };
    body.destroy();
    if (head.verdict === 'empty') {
      return { kind: 'failed', failure: fake2xx('empty_stream', 'Upstream stream ended before any event') };
    }
    return { kind: 'failed', failure: streamErrorFailure(head.message, protocol.readErrorBody, secret) };
  }
  const buffer = await readBody(body, MAX_JSON_BYTES);
  const inspection = inspectJsonBody(buffer, contentType, protocol.isErrorAnswer);
  if (!inspection.ok)
    return { kind: 'failed', failure: fake2xx(inspection.errorClass, redactSecrets(inspection.message, secret)) };
  return { kind: 'json', status, headers, buffer, json: inspection.json };
}

/**
 * An error event before any content: a failure that fails over like any other; a rate limit or an
 * overload keeps that meaning (429 / 503), so the caller is told so if it stays the last failure.
 */
function streamErrorFailure(
  data: string,
  readErrorBody: (json: unknown) => UpstreamErrorReading | null,
  secret: string,
): Failure {
  const failure = fake2xx('stream_error_event', redactSecrets(data, secret));
  const status = streamErrorStatus(data, readErrorBody);
  if (status === 429) return { ...failure, status, countsForBreaker: false, cooldownMs: 60_000 };
  return status === null ? failure : { ...failure, status };
}
