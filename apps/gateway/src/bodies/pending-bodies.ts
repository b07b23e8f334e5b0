import { type AnswerContext, type NewRequestBodies, type ProtocolId, reassembleStream } from '@cch/core';
import type { CapturedResponse } from './body-capture.js';

/**
 * A request's bodies as the response phase hands them over: raw and capped, not yet read. The
 * writer turns them into a row (reassembling a stream) in the background, once.
 */
export interface PendingBodies {
  createdAt: Date;
  requestId: string;
  sessionId: string | null;
  protocol: ProtocolId;
  /** The request body, already cut at the cap. */
  request: Buffer;
  requestBytes: number;
  response: CapturedResponse | null;
  /**
   * The client asked for a stream. Gemini without `alt=sse` gets its stream as one JSON array sent
   * whole; it is read back into one answer like any stream.
   */
  streamRequested: boolean;
  answerContext: AnswerContext;
  /** Filled by {@link toBodiesRow} the first time, so a retried batch does not read the stream again. */
  row?: NewRequestBodies;
}

/** Cuts text to at most `maxBytes` UTF-8 bytes (a split character becomes U+FFFD). */
function capText(text: string, maxBytes: number): { text: string; cut: boolean } {
  if (text.length <= maxBytes / 3 || Buffer.byteLength(text) <= maxBytes) return { text, cut: false };
  return { text: Buffer.from(text).subarray(0, maxBytes).toString('utf8'), cut: true };
}

function responseFields(pending: PendingBodies, maxBytes: number) {
  const captured = pending.response;
  if (captured === null || captured.sentBytes === 0) {
    return {
      responseBody: null,
      responseBytes: 0,
      responseTruncated: false,
      responseStreamed: false,
      responseAssembled: false,
    };
  }
  const bytes = Buffer.concat(captured.parts);
  const streamed = captured.streamed || pending.streamRequested;
  const assembled = streamed ? reassembleStream(pending.protocol, bytes, pending.answerContext) : null;
  const { text, cut } = capText(assembled ? JSON.stringify(assembled.answer) : bytes.toString('utf8'), maxBytes);
  return {
    responseBody: text,
    responseBytes: captured.sentBytes,
    responseTruncated: captured.truncated || cut,
    responseStreamed: streamed,
    responseAssembled: assembled !== null,
  };
}

/** The row to store: request text as received (capped), the answer read back whole when it streamed. */
export function toBodiesRow(pending: PendingBodies, maxBytes: number): NewRequestBodies {
  pending.row ??= {
    createdAt: pending.createdAt,
    requestId: pending.requestId,
    sessionId: pending.sessionId,
    protocol: pending.protocol,
    requestBody: pending.requestBytes === 0 ? null : pending.request.toString('utf8'),
    requestBytes: pending.requestBytes,
    requestTruncated: pending.requestBytes > pending.request.length,
    ...responseFields(pending, maxBytes),
  };
  // the raw pieces are no longer needed once read
  pending.response = null;
  return pending.row;
}
