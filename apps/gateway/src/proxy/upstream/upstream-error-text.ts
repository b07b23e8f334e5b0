const MAX_TEXT = 500;

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * A failed upstream answer as one readable line for logs and the breaker's reason:
 * `HTTP 500 api_error: Internal server error` from the `{"error": {"type", "message"}}` body
 * every supported protocol uses (Gemini names it `status`), else the start of the body as sent.
 */
export function upstreamErrorText(status: number, body: Buffer): string {
  const raw = body.subarray(0, 64 * 1024).toString().trim();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(raw);
  } catch {
    // not JSON: the body as sent
  }
  const record = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : null;
  const error = record?.['error'];
  const detail = typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : null;
  const message = text(detail?.['message']) ?? text(error) ?? text(record?.['message']);
  if (message) {
    const kind = text(detail?.['type']) ?? text(detail?.['status']) ?? text(detail?.['code']);
    return `HTTP ${status} ${kind ? `${kind}: ` : ''}${message}`.slice(0, MAX_TEXT);
  }
  return raw === '' ? `HTTP ${status}` : `HTTP ${status}: ${raw}`.slice(0, MAX_TEXT);
}
