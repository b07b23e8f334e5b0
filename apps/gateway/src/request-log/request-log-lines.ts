import type { NewRequestLog } from '@cch/core';
import { z } from 'zod';

const text = z.string();
const nullableText = z.string().nullable();
const int = z.number().int();

/** One log row as a JSON line (spill and rejected-rows files): what {@link NewRequestLog} serialises to. */
const lineSchema = z.object({
  createdAt: z.coerce.date(),
  requestId: text,
  userId: nullableText,
  keyId: nullableText,
  providerId: nullableText,
  sessionId: nullableText,
  protocol: text,
  endpoint: text,
  method: text,
  requestedModel: text,
  upstreamModel: nullableText,
  billedModel: nullableText,
  statusCode: int,
  errorClass: nullableText,
  errorMessage: nullableText,
  durationMs: z.number(),
  ttfbMs: z.number().nullable(),
  isStream: z.boolean(),
  inputTokens: z.number(),
  outputTokens: z.number(),
  cacheReadTokens: z.number(),
  cacheWrite5mTokens: z.number(),
  cacheWrite1hTokens: z.number(),
  reasoningTokens: z.number(),
  costUsd: text,
  costBreakdown: z.unknown(),
  costMultiplier: text,
  decisionChain: z.unknown(),
  candidateCounts: z.unknown(),
  userAgent: nullableText,
  clientIp: nullableText,
  requestBody: nullableText,
  responseBody: nullableText,
});

export function toLines(rows: readonly NewRequestLog[]): string {
  return rows.map((row) => `${JSON.stringify(row)}\n`).join('');
}

export interface ParsedLines {
  rows: NewRequestLog[];
  /** Lines that are not a log row (a torn last line, a hand edit). */
  invalid: number;
}

/** Parses a JSON-lines file back into rows; a line that does not parse is counted and skipped. */
export function fromLines(content: string): ParsedLines {
  const rows: NewRequestLog[] = [];
  let invalid = 0;
  for (const line of content.split('\n')) {
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      invalid++;
      continue;
    }
    const parsed = lineSchema.safeParse(json);
    if (parsed.success) rows.push(parsed.data);
    else invalid++;
  }
  return { rows, invalid };
}
