import type { RequestLogSummary } from '@cch/core';

export const CSV_COLUMNS = [
  'id', 'createdAt', 'requestId', 'userId', 'keyId', 'providerId', 'sessionId', 'protocol', 'endpoint', 'requestedModel',
  'upstreamModel', 'billedModel', 'statusCode', 'errorClass', 'durationMs', 'ttfbMs', 'isStream', 'inputTokens', 'outputTokens',
  'cacheReadTokens', 'cacheWrite5mTokens', 'cacheWrite1hTokens', 'reasoningTokens', 'costUsd', 'costMultiplier',
] as const satisfies readonly (keyof RequestLogSummary)[];

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString() : String(value);
  // quote when needed; a leading = + - @ is neutralised so spreadsheets do not run it as a formula
  const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const csvHeader = () => `${CSV_COLUMNS.join(',')}\r\n`;
export const csvRow = (row: RequestLogSummary) => `${CSV_COLUMNS.map((c) => cell(row[c])).join(',')}\r\n`;
