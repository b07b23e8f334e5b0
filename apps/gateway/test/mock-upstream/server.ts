/** The mock upstream HTTP server: request recording, routing to the protocol builders, fault dispatch. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isObject, type ErrorFamily, type MockContext, type MockRequest, type MockResponse } from './common.js';
import { errorBody, overloaded } from './errors.js';
import { FaultController, faultResponse, type Fault } from './faults.js';
import { familyOf, route } from './routes.js';
import { writePlan, type WritePlan } from './sse-writer.js';

export interface RecordedRequest {
  method: string;
  /** Path including the query string, as received. */
  path: string;
  /** Lowercased names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  body: string;
  /** Date.now() when the request arrived. */
  at: number;
  /** Kind of the fault applied to this request, or null. */
  fault: Fault['kind'] | null;
}

export interface MockUpstreamOptions {
  /** Echoed in answers ("hello from A") and in the `x-mock-upstream` header. Default 'mock'. */
  name?: string;
  /** Delay before the response status line (time to first byte). Default 0. */
  latencyMs?: number;
  /** Delay between stream frames. Default 0 (the whole stream goes out in one write). */
  chunkDelayMs?: number;
  /** Text chunks per answer; also the reported output tokens. Default 5. */
  tokensPerStream?: number;
  /** Anthropic usage without the `cache_creation` 5m/1h split, as some relays answer. Default false. */
  omitCacheTtlSplit?: boolean;
  /** Default 0 (an ephemeral port). */
  port?: number;
  /** When set, requests without this key (x-api-key, Bearer, x-goog-api-key or ?key=) get a 401. */
  requireKey?: string;
  /** Keep every request in `requests`. Default true; benchmarks turn it off and read `requestCount`. */
  record?: boolean;
  /**
   * Serve the APIs under this path (a relay's tenant prefix such as `/tenant-a`); anything outside
   * it gets a 404 and is counted in `outsideBasePath`, so tests can prove nothing left the base.
   */
  basePath?: string;
}

export interface MockUpstream {
  url: string;
  requests: RecordedRequest[];
  /** Requests received since start or the last reset(), recorded or not. */
  readonly requestCount: number;
  /** Requests whose path was outside `basePath` (always 0 without one). */
  readonly outsideBasePath: number;
  /** Responses whose connection the client closed before the answer was complete. */
  readonly closedByClient: number;
  setFault(fault: Fault | null): void;
  queueFaults(...faults: Fault[]): void;
  setLatency(latencyMs: number, chunkDelayMs?: number): void;
  close(): Promise<void>;
  reset(): void;
}

function keyOf(req: MockRequest): string[] {
  const keys: string[] = [];
  const { headers } = req;
  if (headers['x-api-key']) keys.push(headers['x-api-key']);
  if (headers['x-goog-api-key']) keys.push(headers['x-goog-api-key']);
  const auth = headers.authorization;
  if (auth && /^bearer /i.test(auth)) keys.push(auth.slice(7).trim());
  const q = req.query.get('key');
  if (q) keys.push(q);
  return keys;
}

interface Delays {
  before: number;
  between: number;
}

/** Turns a response (and the fault that acts on it) into what the writer sends. */
function plan(
  res: MockResponse,
  fault: Fault | null,
  family: ErrorFamily,
  headers: Record<string, string>,
  delays: Delays,
): WritePlan {
  const p: WritePlan = { status: 200, headers, frames: [], delayBeforeMs: delays.before, delayBetweenMs: 0 };
  if (res.type === 'stream') {
    headers['content-type'] = res.contentType;
    headers['cache-control'] = 'no-cache';
    p.frames = fault?.kind === 'error-event' ? res.errorFrames(fault.variant) : res.frames;
    p.delayBetweenMs = fault?.kind === 'slow-stream' ? fault.delayMs : delays.between;
    if (fault?.kind === 'reset-mid-stream') p.resetAfterFrames = fault.afterChunks;
  } else {
    let text: string;
    if (fault?.kind === 'error-event') {
      text = JSON.stringify(overloaded(family));
      headers['content-type'] = 'application/json';
    } else {
      p.status = res.status;
      text = res.type === 'json' ? JSON.stringify(res.body) : res.body;
      headers['content-type'] = res.type === 'json' ? 'application/json' : res.contentType;
      Object.assign(headers, res.headers);
    }
    p.contentLength = Buffer.byteLength(text);
    p.frames = [text];
    if (fault?.kind === 'slow-stream') p.delayBeforeMs += fault.delayMs;
    if (fault?.kind === 'reset-mid-stream') {
      const half = Math.floor(text.length / 2);
      p.frames = [text.slice(0, half), text.slice(half)];
      p.resetAfterFrames = Math.min(1, fault.afterChunks);
    }
  }
  if (fault?.kind === 'hang-after-headers') p.hangAfterHeaders = true;
  return p;
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

export function startMockUpstream(options: MockUpstreamOptions = {}): Promise<MockUpstream> {
  const name = options.name ?? 'mock';
  const delays: Delays = { before: options.latencyMs ?? 0, between: options.chunkDelayMs ?? 0 };
  const faults = new FaultController();
  const requests: RecordedRequest[] = [];
  const record = options.record ?? true;
  let requestCount = 0;
  let outsideBasePath = 0;
  let closedByClient = 0;
  let seq = 0;
  const ctx: MockContext = {
    name,
    tokensPerStream: Math.max(1, options.tokensPerStream ?? 5),
    omitCacheTtlSplit: options.omitCacheTtlSplit ?? false,
    nextId: (prefix) => `${prefix}mock${name}_${String(++seq).padStart(6, '0')}`,
  };

  const handle = (req: IncomingMessage, res: ServerResponse, raw: string, bodyBytes: number, at: number): void => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const received = q < 0 ? url : url.slice(0, q);
    const base = options.basePath ?? '';
    const inside = base === '' || received.startsWith(`${base}/`);
    if (!inside) outsideBasePath++;
    const pathname = inside ? received.slice(base.length) : '/__outside_base_path__';
    const headers = flatHeaders(req);
    const fault = faults.take(pathname);
    requestCount++;
    if (record) {
      requests.push({ method: req.method ?? 'GET', path: url, headers, body: raw, at, fault: fault?.kind ?? null });
    }

    if (fault?.kind === 'reset-before-headers') {
      req.socket.resetAndDestroy();
      return;
    }
    if (fault?.kind === 'hang') return; // the connection stays open until the client (or close()) ends it

    const family = familyOf(pathname, headers);
    const outHeaders: Record<string, string> = { 'x-mock-upstream': name };
    if (family === 'anthropic') outHeaders['request-id'] = ctx.nextId('req_');
    else if (family === 'openai') outHeaders['x-request-id'] = ctx.nextId('req_');

    let parsed: unknown = null;
    let invalidJson = false;
    if (raw.length > 0) {
      try {
        parsed = JSON.parse(raw);
      } catch {
        invalidJson = true;
      }
    }
    const mreq: MockRequest = {
      method: req.method ?? 'GET',
      pathname,
      query: new URLSearchParams(q < 0 ? '' : url.slice(q + 1)),
      headers,
      rawBody: raw,
      body: isObject(parsed) ? parsed : null,
      bodyBytes,
    };

    let response = fault ? faultResponse(fault, family) : null;
    if (response === null) {
      if (invalidJson) {
        const message = 'There was an error parsing the body of your request as JSON.';
        response = { type: 'json', status: 400, body: errorBody(family, { status: 400, message }) };
      } else if (options.requireKey !== undefined && pathname !== '/' && !keyOf(mreq).includes(options.requireKey)) {
        response = { type: 'json', status: 401, body: errorBody(family, { status: 401 }) };
      } else {
        response = route(mreq, ctx, family);
      }
    }
    void writePlan(res, plan(response, fault, family, outHeaders, delays));
  };

  const server = createServer((req, res) => {
    const at = Date.now();
    res.on('error', () => undefined);
    res.on('close', () => {
      if (!res.writableFinished) closedByClient++;
    });
    const chunks: Buffer[] = [];
    let bytes = 0;
    req.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      bytes += chunk.length;
    });
    req.on('end', () => {
      const raw = chunks.length === 1 ? (chunks[0]?.toString('utf8') ?? '') : Buffer.concat(chunks).toString('utf8');
      handle(req, res, raw, bytes, at);
    });
    req.on('error', () => undefined);
  });
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  server.requestTimeout = 0;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        requests,
        get requestCount() {
          return requestCount;
        },
        get outsideBasePath() {
          return outsideBasePath;
        },
        get closedByClient() {
          return closedByClient;
        },
        setFault: (fault) => faults.setFault(fault),
        queueFaults: (...list) => faults.queueFaults(list),
        setLatency: (latencyMs, chunkDelayMs) => {
          delays.before = latencyMs;
          if (chunkDelayMs !== undefined) delays.between = chunkDelayMs;
        },
        reset: () => {
          requests.length = 0;
          requestCount = 0;
          outsideBasePath = 0;
          closedByClient = 0;
          faults.reset();
        },
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
