import type { ProtocolId } from '../domain/protocol.js';
import { createIrStreamCollector } from '../ir/collect-stream.js';
import type { AnswerContext } from '../ir/translator.js';
import { createSseParser } from '../sse/create-sse-parser.js';
import type { SseFrame } from '../sse/sse-frame.js';
import { PROTOCOLS } from './registry.js';

/** A streamed answer read back as one: the protocol's whole-answer JSON, and how the stream ended. */
export interface ReassembledStream {
  answer: unknown;
  /** The stream reached its end (false when it was cut, failed or captured only in part). */
  finished: boolean;
  error: string | null;
}

/** Gemini without `alt=sse` streams one JSON array; each element is then one frame. */
function arrayFrames(text: string): SseFrame[] | null {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.map((item) => ({ event: null, data: JSON.stringify(item) })) : null;
  } catch {
    return null;
  }
}

function framesOf(bytes: Uint8Array): SseFrame[] | null {
  const text = new TextDecoder().decode(bytes);
  if (text.trimStart().startsWith('[')) return arrayFrames(text);
  const parser = createSseParser();
  return [...parser.push(bytes), ...parser.end()];
}

/**
 * Reads a stream the gateway sent a client (in the client's protocol) back into that protocol's
 * whole answer: the protocol's own stream decoder turns frames into IR events, the collector folds
 * them, the protocol's response writer renders the result. Null when the protocol has no
 * translator or the text cannot be read as its stream (the caller keeps the text as sent).
 */
export function reassembleStream(
  protocol: ProtocolId,
  bytes: Uint8Array,
  context: AnswerContext,
): ReassembledStream | null {
  const translator = PROTOCOLS[protocol].translator;
  if (!translator) return null;
  const frames = framesOf(bytes);
  if (frames === null || frames.length === 0) return null;
  try {
    const decoder = translator.createStreamDecoder();
    const collector = createIrStreamCollector();
    for (const frame of frames) for (const event of decoder.push(frame)) collector.push(event);
    for (const event of decoder.end()) collector.push(event);
    const { response, finished, error } = collector.result();
    return { answer: translator.response.fromIr(response, context), finished, error };
  } catch {
    return null;
  }
}
