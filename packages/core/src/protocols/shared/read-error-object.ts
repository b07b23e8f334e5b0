import { asRecord } from '../../json/as-record.js';
import type { UpstreamErrorReading } from '../protocol-adapter.js';

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * `{"error": {"<kind field>": …, "message": …}}`, the error body every supported protocol uses
 * (Anthropic names the kind `type`, OpenAI `type` or `code`, Google `status`); also a bare
 * `{"error": "text"}` or `{"message": …}` as relays send them.
 */
export function readErrorObject(json: unknown, kindFields: readonly string[]): UpstreamErrorReading | null {
  const record = asRecord(Array.isArray(json) ? json[0] : json);
  if (!record) return null;
  const error = record['error'];
  const detail = asRecord(error);
  const message = text(detail?.['message']) ?? text(error) ?? text(record['message']);
  if (!message) return null;
  const type = kindFields.map((field) => text(detail?.[field])).find((value) => value !== null) ?? null;
  return { type, message };
}

/** A 2xx body with an `error` and none of the fields an answer of this protocol has. */
export function isErrorWithout(json: unknown, answerFields: readonly string[]): boolean {
  const record = asRecord(Array.isArray(json) ? json[0] : json);
  if (!record) return false;
  if (record['type'] === 'error') return true;
  const error = record['error'];
  return error !== undefined && error !== null && !answerFields.some((field) => field in record);
}
