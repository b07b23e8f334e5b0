import { type IrRequest, PROTOCOLS } from '@cch/core';
import type { ProxyContext } from '../context.js';

/**
 * The client's request in the IR, read once per request however many converted providers it
 * tries. Throws the converters' errors (`UnsupportedFeatureError`, `InvalidIrRequestError`).
 */
export function requestIrOf(ctx: ProxyContext): IrRequest {
  if (ctx.ir) return ctx.ir;
  const translator = PROTOCOLS[ctx.endpoint.protocol].translator;
  if (!translator || !ctx.body?.model) throw new Error(`${ctx.endpoint.protocol} requests cannot be converted`);
  ctx.ir = translator.request.toIr(ctx.body.doc.json(), { model: ctx.body.model, stream: ctx.body.stream });
  return ctx.ir;
}
