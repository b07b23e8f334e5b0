import { GatewayError, isRoutingRefusal, type ProtocolAdapter, PROTOCOLS, readJsonBody } from '@cch/core';
import { CONTINUE, type ProxyStep, type StepResult } from '../context.js';

function invalid(message: string): StepResult {
  return { action: 'reply', error: new GatewayError('invalid_request', { message }) };
}

/**
 * Step 2c: locate the JSON body's top-level fields in one scan (nothing is parsed but what the
 * caller's protocol reads: model, stream flag, max output, session hints); a body it refuses is
 * answered here with a 400 naming the field. A converter parses the whole body only when needed.
 */
export function createParseBody(): ProxyStep {
  return {
    name: 'parse-body',
    onRequest(ctx) {
      if (ctx.request.method !== 'POST') return CONTINUE;
      const raw = ctx.rawBody;
      if (raw.length === 0) return invalid('The request body is empty; a JSON object is expected.');
      const doc = readJsonBody(raw);
      if (!doc) return invalid('The request body is not valid JSON: a JSON object is expected.');
      let fields: ReturnType<ProtocolAdapter['readRoutingFields']>;
      try {
        fields = PROTOCOLS[ctx.endpoint.protocol].readRoutingFields(doc, ctx.endpoint, ctx.request.path);
      } catch {
        return invalid('The request body is not valid JSON.'); // a field read was malformed inside
      }
      if (isRoutingRefusal(fields)) return invalid(fields.invalid);
      ctx.body = { doc, ...fields };
      return CONTINUE;
    },
  };
}
