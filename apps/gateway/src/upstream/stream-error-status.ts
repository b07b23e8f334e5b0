import { asRecord, type UpstreamErrorReading } from '@cch/core';

const RATE_LIMIT = /rate.?limit|resource_exhausted|too.?many.?requests|quota/i;
const OVERLOAD = /overload|unavailable|capacity/i;

function parse(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
}

/**
 * What an error event streamed before any content stands for, as the status a failed answer would
 * have had: 429 for a rate limit, 503 for an overload, null for anything else. Read from every
 * shape a protocol streams errors in: `{"error": {…}}` (Anthropic, Chat, Gemini), Responses'
 * `error` event (`code` at the top) and `response.failed` (`response.error`).
 */
export function streamErrorStatus(
  data: string,
  readErrorBody: (json: unknown) => UpstreamErrorReading | null,
): 429 | 503 | null {
  const json = parse(data);
  const record = asRecord(json);
  if (!record) return null;
  const failed = asRecord(asRecord(record['response'])?.['error']);
  const reading = readErrorBody(failed ? { error: failed } : json);
  const code = record['code'] ?? failed?.['code'] ?? asRecord(record['error'])?.['code'];
  const text = `${reading?.type ?? ''} ${typeof code === 'string' || typeof code === 'number' ? code : ''}`;
  const described = `${text} ${reading?.message ?? ''}`;
  if (RATE_LIMIT.test(text) || /\b429\b/.test(text)) return 429;
  if (OVERLOAD.test(described) || /\b(503|529)\b/.test(text)) return 503;
  return null;
}
