import { createSseRepair, NATIVE_PROTOCOL, type Provider } from '@cch/core';
import type { ProxyContext } from '../context.js';
import type { AnswerShaper, ShapedStream } from './answer-shaper.js';

function text(out: Buffer | string): string {
  return typeof out === 'string' ? out : out.toString();
}

/**
 * The response-fixer rectifier around a shaper: the upstream's SSE is repaired frame by frame
 * (see `createSseRepair`) before the shaper (usage tap or converter) sees it. Streamed: only an
 * incomplete frame waits for its next chunk.
 */
export function withResponseFixer(shaper: AnswerShaper, ctx: ProxyContext, provider: Provider): AnswerShaper {
  return {
    clientError: shaper.clientError,
    json: shaper.json,
    stream(status, headers): ShapedStream {
      const inner = shaper.stream(status, headers);
      const repair = createSseRepair(NATIVE_PROTOCOL[provider.type]);
      return {
        headers: inner.headers,
        onChunk(chunk) {
          const fixed = repair.push(chunk);
          return fixed === '' ? '' : inner.onChunk(Buffer.from(fixed));
        },
        finish() {
          const tail = repair.end();
          const out = tail === '' ? '' : text(inner.onChunk(Buffer.from(tail)));
          if (repair.repairs() > 0) {
            const detail = `${repair.repairs()} repairs`;
            ctx.ruleHits.push({
              kind: 'rectifier',
              ruleId: 'response_fixer',
              action: 'stream_repaired',
              providerId: provider.id,
              detail,
            });
          }
          return out + inner.finish();
        },
        usage: inner.usage,
        ...(inner.relayedError && { relayedError: inner.relayedError }),
      };
    },
  };
}
