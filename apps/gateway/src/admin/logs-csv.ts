import { csvLine } from './export/csv.js';
import type { RequestLogSummary } from '@cch/core';

export const CSV_COLUMNS = [
  'id',
  'createdAt',
  'requestId',
  'userId',
  'keyId',
  'providerId',
  'sessionId',
  'protocol',
  'endpoint',
  'requestedModel',
  'upstreamModel',
  'billedModel',
  'statusCode',
  'errorClass',
  'durationMs',
  'ttfbMs',
  'isStream',
  'inputTokens',
  'outputTokens',
  'cacheReadTokens',
  'cacheWrite5mTokens',
  'cacheWrite1hTokens',
  'reasoningTokens',
  'costUsd',
  'costMultiplier',
] as const satisfies readonly (keyof RequestLogSummary)[];

export const csvHeader = () => csvLine(CSV_COLUMNS);
export const csvRow = (row: RequestLogSummary) => csvLine(CSV_COLUMNS.map((column) => row[column]));
