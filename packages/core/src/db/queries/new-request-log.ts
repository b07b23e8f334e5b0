import type { RequestLogRow } from '../schema.js';

/** One proxied request as the log writer hands it to {@link insertRequestLogs}. */
export interface NewRequestLog {
  /** When the request arrived (rows are written later, in batches). */
  createdAt: Date;
  requestId: string;
  userId: string | null;
  keyId: string | null;
  providerId: string | null;
  sessionId: string | null;
  protocol: string;
  endpoint: string;
  method: string;
  /** The model the client asked for; '' when the request named none. */
  requestedModel: string;
  /** The model sent upstream after redirects; null when no provider was reached. */
  upstreamModel: string | null;
  /** The model the cost was computed for; null when nothing was billed. */
  billedModel: string | null;
  statusCode: number;
  errorClass: string | null;
  errorMessage: string | null;
  durationMs: number;
  ttfbMs: number | null;
  isStream: boolean;
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWrite5mTokens: number;
  cacheWrite1hTokens: number;
  reasoningTokens: number;
  /** USD as an exact decimal string. */
  costUsd: string;
  costBreakdown: unknown;
  /** Decimal string. */
  costMultiplier: string;
  decisionChain: unknown;
  candidateCounts: unknown;
  userAgent: string | null;
  clientIp: string | null;
  requestBody: string | null;
  responseBody: string | null;
}

/** A stored log row; `costUsd` without trailing zeros. */
export type RequestLogRecord = RequestLogRow;

/** What list queries return: everything but the (possibly large) bodies. */
export type RequestLogSummary = Omit<RequestLogRecord, 'requestBody' | 'responseBody'>;

/** A failed request for the rollups' `errors` counter. */
export function isErrorLog(log: Pick<NewRequestLog, 'statusCode' | 'errorClass'>): boolean {
  return log.statusCode >= 400 || log.errorClass !== null;
}
