import { GatewayError } from '@cch/core';
import { CONTINUE, type ProxyContext, type ProxyStep, type RoutingBody } from '../context.js';
import { parseGeminiModelPath } from '../gemini-path.js';

/**
 * Step 1: parse the JSON body once and pick out what routing needs: the model (from the body, or
 * the Gemini path) and whether the answer streams (the body's flag, or fixed by the endpoint).
 */
export function createParseBody(): ProxyStep {
  return {
    name: 'parse-body',
    onRequest(ctx) {
      if (ctx.request.method !== 'POST') return CONTINUE;
      const raw = ctx.request.rawBody;
      let json: unknown;
      try {
        json = raw.length === 0 ? {} : JSON.parse(raw.toString('utf8'));
      } catch {
        return { action: 'reply', error: new GatewayError('invalid_request', { message: 'The request body is not valid JSON.' }) };
      }
      if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        return { action: 'reply', error: new GatewayError('invalid_request', { message: 'The request body must be a JSON object.' }) };
      }
      ctx.body = toRoutingBody(ctx, json as Record<string, unknown>); // checked to be a plain object above
      return CONTINUE;
    },
  };
}

function toRoutingBody(ctx: ProxyContext, json: Record<string, unknown>): RoutingBody {
  const { modelFrom = 'body', stream = 'body' } = ctx.endpoint;
  const bodyModel = typeof json['model'] === 'string' && json['model'].length > 0 ? json['model'] : null;
  const model = modelFrom === 'gemini-path' ? (parseGeminiModelPath(ctx.request.url)?.model ?? null) : bodyModel;
  return { json, model, stream: stream === 'body' ? json['stream'] === true : stream === 'always' };
}
