const TYPE_PREFIX = '{"type":"';

/**
 * Reads the `type` of a JSON object whose text starts with `{"type":"…"` (as Anthropic and
 * OpenAI Responses stream events do) without parsing it; null when the text has another shape.
 */
export function peekJsonType(data: string): string | null {
  if (!data.startsWith(TYPE_PREFIX)) return null;
  const end = data.indexOf('"', TYPE_PREFIX.length);
  return end === -1 ? null : data.slice(TYPE_PREFIX.length, end);
}
