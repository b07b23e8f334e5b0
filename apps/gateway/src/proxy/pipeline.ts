import type { ServerResponse } from 'node:http';
import { GatewayError } from '@cch/core';
import type { InboundRequest, LocalAnswer, ProxyContext, ProxyStep, StepResult } from './context.js';
import type { Endpoint } from './endpoints.js';
import { sendGatewayError } from './render-error.js';

/** The terminal step: answers the request (forwarding upstream, or locally for model lists). */
export type Terminal = (ctx: ProxyContext, res: ServerResponse, clientSignal: AbortSignal) => Promise<void>;

export interface PipelineOptions {
  steps: readonly ProxyStep[];
  terminals: (endpoint: Endpoint) => Terminal;
  settle: (ctx: ProxyContext, local: LocalAnswer | null) => void;
  newRequestId: () => string;
  now: () => number;
  /** A bug, not an upstream failure: logged with the request id, answered as a plain 500. */
  onInternalError: (error: unknown, ctx: ProxyContext) => void;
}

function sendLocalAnswer(res: ServerResponse, answer: LocalAnswer, requestId: string): void {
  res.writeHead(answer.status, { 'content-type': answer.contentType, 'content-length': Buffer.byteLength(answer.body), 'x-request-id': requestId });
  res.end(answer.body);
}

/**
 * Runs request steps in order until one replies, then the terminal; settlement happens after
 * the response is done, off the response path.
 */
export function createPipeline(options: PipelineOptions) {
  return async function handle(endpoint: Endpoint, request: InboundRequest, res: ServerResponse): Promise<void> {
    const ctx: ProxyContext = {
      requestId: options.newRequestId(), receivedAt: options.now(), endpoint, request,
      body: null, identity: null, session: null, attempts: [], rounds: [], outcome: null, error: null, finalizers: [],
    };
    const controller = new AbortController();
    res.once('close', () => {
      if (!res.writableFinished) controller.abort(new Error('client closed the connection'));
    });
    let local: LocalAnswer | null = null;
    try {
      for (const step of options.steps) {
        const pending = step.onRequest(ctx);
        const result: StepResult = pending instanceof Promise ? await pending : pending;
        if (result.action === 'reply') {
          ctx.error = result.error;
          break;
        }
        if (result.action === 'answer') {
          local = result.answer;
          sendLocalAnswer(res, local, ctx.requestId);
          break;
        }
      }
      if (!ctx.error && !local) await options.terminals(endpoint)(ctx, res, controller.signal);
    } catch (error) {
      ctx.error = error instanceof GatewayError ? error : new GatewayError('internal');
      if (!(error instanceof GatewayError)) options.onInternalError(error, ctx);
    }
    if (ctx.error && !res.writableEnded) sendGatewayError(res, endpoint.protocol, ctx.error, ctx.requestId);
    setImmediate(() => options.settle(ctx, local));
  };
}
