import type { ServerResponse } from 'node:http';
import { estimateInputTokens, PROTOCOLS } from '@cch/core';
import type { ProxyContext } from '../context.js';
import { requestIrOf } from './request-ir.js';

/**
 * A count-tokens call whose provider speaks another protocol (which has no such endpoint for this
 * client): answered here with the documented local estimate, in the client's shape.
 */
export function countTokensLocally(ctx: ProxyContext, res: ServerResponse): void {
  const translator = PROTOCOLS[ctx.endpoint.protocol].translator;
  if (!translator) throw new Error(`${ctx.endpoint.protocol} has no converter`);
  const body = JSON.stringify(translator.renderTokenCount(estimateInputTokens(requestIrOf(ctx))));
  res.writeHead(200, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'x-request-id': ctx.requestId,
    'x-cch-token-count': 'estimated',
  });
  res.end(body);
}
