import { randomUUID } from 'node:crypto';
import type { IrBlockStart, IrStreamEvent } from '../../ir/ir-stream.js';
import type { AnswerContext, StreamEncoder } from '../../ir/translator.js';
import type { Usage } from '../../usage/usage.js';
import { answerArgs } from './answer-parts-from-ir.js';
import { googleStatusOf } from './errors.js';
import { finishReasonFromIr } from './finish-reason.js';
import { wantsSse } from './stream-content-type.js';
import type { WirePartOut } from './media-from-ir.js';
import { usageMetadataFromIr } from './usage-from-ir.js';

/** Wraps one GenerateContentResponse chunk for the client (Code Assist: `{response}`). */
export type ChunkWrapper = (chunk: Record<string, unknown>) => Record<string, unknown>;

/** How a client of the Gemini stream family reads chunks and a failed stream's error. */
export interface GeminiStreamDialect {
  wrap: ChunkWrapper;
  /**
   * An SSE stream's error as a `data:` frame (Code Assist, whose response is also cut), or as a
   * bare `{"error":{…}}` tail, as the Gemini API path ends a failed stream: the `@google/genai`
   * the Gemini CLI bundles raises only a read chunk that is exactly that object or an unframed tail,
   * and takes a `data:` frame holding the error for one more, empty, chunk.
   */
  errorAsFrame: boolean;
}

const GEMINI_API: GeminiStreamDialect = { wrap: (chunk) => chunk, errorAsFrame: false };

const STOP_WITHOUT_FINISH = 'The answer ended before it was complete.';

/**
 * Writes chunks as SSE `data:` frames, or as the elements of one JSON array (`[`, `,`, `]`); an
 * error ends either.
 */
function createChunkWriter(sse: boolean, errorAsFrame: boolean) {
  let opened = false;
  let closed = false;
  return {
    write(json: Record<string, unknown>): string {
      if (sse) return `data: ${JSON.stringify(json)}\r\n\r\n`;
      const lead = opened ? ',\r\n' : '[';
      opened = true;
      return lead + JSON.stringify(json);
    },
    error(json: Record<string, unknown>): string {
      if (sse && !errorAsFrame) return JSON.stringify(json);
      return this.write(json) + this.close();
    },
    close(): string {
      if (sse || closed) return '';
      closed = true;
      return opened ? '\r\n]' : '[]';
    },
  };
}

/**
 * IR events → Gemini stream chunks, each a GenerateContentResponse with one part: text, a thought
 * (`thought: true`), or a whole function call (its arguments gathered until the block closes —
 * Gemini streams calls whole). A Gemini signature rides on the next part written; another
 * protocol's is never written. `finish` writes the last chunk with `finishReason` and
 * `usageMetadata`. An IR error becomes an `{error}` object (see `GeminiStreamDialect`) and ends
 * the stream; an end without a finish is such an error too.
 */
export function createGeminiStreamEncoder(
  context: AnswerContext,
  dialect: GeminiStreamDialect = GEMINI_API,
): StreamEncoder {
  const { wrap } = dialect;
  const writer = createChunkWriter(wantsSse(context.clientPath), dialect.errorAsFrame);
  const blocks = new Map<number, { kind: IrBlockStart['type']; call?: { id: string; name: string; args: string } }>();
  let responseId = `gemini-${randomUUID()}`;
  let pending: string | undefined;
  let finished = false;
  let stopped = false;
  let latestUsage: Usage | null = null;

  function chunk(parts: WirePartOut[], extra: Record<string, unknown> = {}): string {
    const candidate = { content: { role: 'model', parts }, ...extra, index: 0 };
    const body: Record<string, unknown> = { candidates: [candidate] };
    if (extra['finishReason'] !== undefined) body['usageMetadata'] = usageMetadataFromIr(latestUsage ?? {});
    body['modelVersion'] = context.requestedModel;
    body['responseId'] = responseId;
    return writer.write(wrap(body));
  }

  function part(wire: WirePartOut): string {
    const signed = pending === undefined ? wire : { ...wire, thoughtSignature: pending };
    pending = undefined;
    return chunk([signed]);
  }

  function delta(event: Extract<IrStreamEvent, { type: 'block_delta' }>): string {
    const block = blocks.get(event.index);
    if (!block) return '';
    const { delta: d } = event;
    if (d.type === 'signature') {
      if (d.signature.protocol === 'gemini') pending = d.signature.value;
      return '';
    }
    if (d.type === 'arguments') {
      if (block.call) block.call.args += d.json;
      return '';
    }
    if (d.text === '') return '';
    if (d.type === 'thinking') return part({ text: d.text, thought: true });
    return part({ text: d.text });
  }

  function stop(index: number): string {
    const block = blocks.get(index);
    blocks.delete(index);
    if (!block?.call) return '';
    const { id, name, args } = block.call;
    return part({ functionCall: { id, name, args: answerArgs(args) } });
  }

  function finish(event: Extract<IrStreamEvent, { type: 'finish' }>): string {
    const open = [...blocks.keys()].map(stop).join('');
    finished = true;
    latestUsage = event.usage ?? latestUsage;
    const parts = pending === undefined ? [] : [{ text: '', thoughtSignature: pending }];
    pending = undefined;
    return open + chunk(parts, { finishReason: finishReasonFromIr(event.stopReason) });
  }

  function error(kind: string, status: number, message: string): string {
    stopped = true;
    const body = { error: { code: status, message, status: googleStatusOf(kind) } };
    return writer.error(body);
  }

  function write(event: IrStreamEvent): string {
    switch (event.type) {
      case 'start':
        responseId = event.id || responseId;
        return '';
      case 'block_start':
        blocks.set(event.index, {
          kind: event.block.type,
          ...(event.block.type === 'tool_call'
            ? { call: { id: event.block.id, name: event.block.name, args: '' } }
            : {}),
        });
        return '';
      case 'block_delta':
        return delta(event);
      case 'block_stop':
        return stop(event.index);
      case 'usage':
        latestUsage = event.usage;
        return '';
      case 'finish':
        return finished ? '' : finish(event);
      case 'end':
        if (!finished) return error('api_error', 502, STOP_WITHOUT_FINISH);
        stopped = true;
        return writer.close();
      case 'error':
        return error(event.kind, event.status, event.message);
      case 'keep_alive':
        return '';
    }
  }

  return {
    push: (event) => (stopped ? '' : write(event)),
    end() {
      if (stopped) return '';
      stopped = true;
      return finished ? writer.close() : error('api_error', 502, STOP_WITHOUT_FINISH);
    },
  };
}
