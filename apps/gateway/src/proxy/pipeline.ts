import type { ServerResponse } from 'node:http';
import { type Endpoint, GatewayError, type LocalAnswer } from '@cch/core';
import type { InboundRequest, ProxyContext, ProxyStep, StepResult } from './context.js';
import type { InFlightRequests } from '../lifecycle/in-flight-requests.js';
import { sendGatewayError } from './send-gateway-error.js';

const EMPTY_BODY = Buffer.alloc(0);

/** The terminal step: answers the request (forwarding upstream, or locally for model lists). */
export type Terminal = (ctx: ProxyContext, res: ServerResponse, clientSignal: AbortSignal) => Promise<void>;

export interface PipelineOptions {
  steps: readonly ProxyStep[];
  terminals: (endpoint: Endpoint) => Terminal;
  newRequestId: () => string;
  now: () => number;
  /** Requests in flight, which shutdown waits for and cuts once its grace period is over. */
  inFlight: InFlightRequests;
  /** A bug, not an upstream failure: logged with the request id, answered as a plain 500. */
  onInternalError: (error: unknown, ctx: ProxyContext) => void;
}

function sendLocalAnswer(res: ServerResponse, answer: LocalAnswer, requestId: string): void {
  res.writeHead(answer.status, {
    'content-type': answer.contentType,
    'content-length': Buffer.byteLength(answer.body),
    'x-request-id': requestId,
  });
  res.end(answer.body);
}

async function runRequestPhase(steps: readonly ProxyStep[], ctx: ProxyContext, res: ServerResponse): Promise<number> {
  for (let i = 0; i < steps.length; i++) {
    const pending = steps[i]!.onRequest?.(ctx);
    if (pending === undefined) continue;
    const result: StepResult = pending instanceof Promise ? await pending : pending;
    if (result.action === 'reply') {
      ctx.error = result.error;
      return i + 1;
    }
    if (result.action === 'answer') {
      ctx.local = result.answer;
      sendLocalAnswer(res, result.answer, ctx.requestId);
      return i + 1;
    }
  }
  return steps.length;
}

function runResponsePhase(steps: readonly ProxyStep[], ran: number, ctx: ProxyContext, options: PipelineOptions) {
  for (let i = ran - 1; i >= 0; i--) {
    try {
      steps[i]!.onComplete?.(ctx);
    } catch (error) {
      options.onInternalError(error, ctx);
    }
  }
  for (const finalize of ctx.finalizers)
    void Promise.resolve()
      .then(finalize)
      .catch(() => undefined);
}

/**
 * Runs the request phases in order until one replies or answers, then the terminal; once the
 * response is over, the response phases run in reverse, off the response path.
 */
export function createPipeline(options: PipelineOptions) {
  return async function handle(endpoint: Endpoint, request: InboundRequest, res: ServerResponse): Promise<void> {
    const ctx: ProxyContext = {
      requestId: options.newRequestId(),
      receivedAt: options.now(),
      endpoint,
      request,
      rawBody: EMPTY_BODY,
      body: null,
      ir: null,
      identity: null,
      local: null,
      session: null,
      attempts: [],
      rounds: [],
      ruleHits: [],
      outcome: null,
      cost: null,
      error: null,
      bodyCapture: null,
      finalizers: [],
    };
    const controller = new AbortController();
    const { inFlight } = options;
    inFlight.enter(controller);
    res.once('close', () => {
      if (!res.writableFinished) controller.abort(new Error('client closed the connection'));
    });
    let ran = 0;
    try {
      ran = await runRequestPhase(options.steps, ctx, res);
      if (!ctx.error && !ctx.local) await options.terminals(endpoint)(ctx, res, controller.signal);
    } catch (error) {
      ctx.error = error instanceof GatewayError ? error : new GatewayError('internal');
      if (!(error instanceof GatewayError)) options.onInternalError(error, ctx);
    }
    if (ctx.error && !res.writableEnded) {
      // a refused request's body is never read: close the connection rather than drain it
      if (request.bodyStream && !request.bodyStream.readableEnded && !res.headersSent) {
        res.setHeader('connection', 'close');
      }
      sendGatewayError(res, endpoint.protocol, ctx.error, ctx.requestId);
    }
    inFlight.finished(controller);
    setImmediate(() => {
      try {
        runResponsePhase(options.steps, ran, ctx, options);
      } finally {
        inFlight.leave();
      }
    });
  };
}
