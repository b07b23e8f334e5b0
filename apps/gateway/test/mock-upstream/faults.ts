/** Fault definitions, the sticky/one-shot fault selection, and the answers of the simple faults. */
import type { ErrorEventVariant, ErrorFamily, MockResponse } from './common.js';
import { errorBody, promptTooLong } from './errors.js';

export type FaultKind =
  /** This status with the protocol's error JSON (or `body` verbatim); `headers` are added. */
  | { kind: 'status'; status: number; body?: string; headers?: Record<string, string> }
  /** 429 with `retry-after` and the protocol's rate-limit error. */
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  /**
   * 400 "prompt is too long" (Anthropic invalid_request_error, OpenAI context_length_exceeded,
   * Google INVALID_ARGUMENT).
   */
  | { kind: 'invalid-request' }
  /** TCP reset after the body was read; no status line. */
  | { kind: 'reset-before-headers' }
  /**
   * 200 + the first `afterChunks` frames, then the socket is destroyed (the chunked body never
   * terminates). On a JSON answer: headers and half the body (or only headers when 0).
   */
  | { kind: 'reset-mid-stream'; afterChunks: number }
  /** 200 text/html "Just a moment..." page. */
  | { kind: 'html-200' }
  /** 200 application/json with an empty body. */
  | { kind: 'empty-200' }
  /**
   * 200 stream whose first event is an error (Anthropic `event: error` overloaded_error, Chat
   * `data: {error}`, Gemini `data: {error}`, Responses `response.failed` — or a bare `error`
   * event with `variant: 'error'`); with `variant: 'after-preamble'` the error follows the frames
   * that open an answer without content (`message_start`, `response.created`, a role-only chunk,
   * an empty Gemini chunk). On a JSON answer: 200 with the protocol's error object.
   */
  | { kind: 'error-event'; variant?: ErrorEventVariant }
  /** Reads the request, never answers. */
  | { kind: 'hang' }
  /** Sends the 200 status line and headers, then nothing. */
  | { kind: 'hang-after-headers' }
  /** The normal answer with `delayMs` between frames (before the body on a JSON answer). */
  | { kind: 'slow-stream'; delayMs: number }
  /** 401 in the protocol's error format. */
  | { kind: 'auth' };

/** A fault, optionally limited to requests whose path (without query) starts with `pathPrefix`. */
export type Fault = FaultKind & { pathPrefix?: string };

function matches(fault: Fault, pathname: string): boolean {
  return fault.pathPrefix === undefined || pathname.startsWith(fault.pathPrefix);
}

export class FaultController {
  private sticky: Fault | null = null;
  private readonly queue: Fault[] = [];

  setFault(fault: Fault | null): void {
    this.sticky = fault;
  }

  queueFaults(faults: Fault[]): void {
    this.queue.push(...faults);
  }

  reset(): void {
    this.sticky = null;
    this.queue.length = 0;
  }

  /** The first queued fault matching the path (consumed), else the sticky fault if it matches. */
  take(pathname: string): Fault | null {
    if (this.queue.length > 0) {
      const index = this.queue.findIndex((f) => matches(f, pathname));
      if (index >= 0) return this.queue.splice(index, 1)[0] ?? null;
    }
    return this.sticky !== null && matches(this.sticky, pathname) ? this.sticky : null;
  }
}

const HTML_PAGE = `<!DOCTYPE html>
<html lang="en-US"><head><title>Just a moment...</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div class="main-wrapper" role="main"><h1>Checking your browser before accessing the site.</h1>
<p>This process is automatic. Your browser will redirect to your requested content shortly.</p>
<p>Please allow up to 5 seconds&hellip;</p><p>Ray ID: 8f0000mock0000 &bull; Performance &amp; security by Cloudflare</p>
</div></body></html>
`;

/**
 * The complete answer of a fault that replaces the whole response, or null when the fault has to
 * act on the normal response (resets, hangs, error events, slow streams).
 */
export function faultResponse(fault: Fault, family: ErrorFamily): MockResponse | null {
  switch (fault.kind) {
    case 'status': {
      const headers = fault.headers ?? {};
      if (fault.body !== undefined) {
        const contentType = headers['content-type'] ?? 'application/json';
        return { type: 'text', status: fault.status, body: fault.body, contentType, headers };
      }
      return { type: 'json', status: fault.status, body: errorBody(family, { status: fault.status }), headers };
    }
    case 'rate-limit':
      return {
        type: 'json',
        status: 429,
        body: errorBody(family, { status: 429 }),
        headers: { 'retry-after': String(fault.retryAfterSeconds) },
      };
    case 'invalid-request':
      return { type: 'json', status: 400, body: promptTooLong(family) };
    case 'auth':
      return { type: 'json', status: 401, body: errorBody(family, { status: 401 }) };
    case 'html-200':
      return { type: 'text', status: 200, body: HTML_PAGE, contentType: 'text/html; charset=UTF-8' };
    case 'empty-200':
      return { type: 'text', status: 200, body: '', contentType: 'application/json' };
    default:
      return null;
  }
}
