type Headers = Record<string, string | string[] | undefined>;

/** A header's first value when it is a short, non-empty string (ids and hints, never bodies). */
export function headerValue(headers: Headers, name: string, maxLength = 200): string | null {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first && first.length > 0 && first.length <= maxLength ? first : null;
}

/** A body field that is a short, non-empty string. */
export function shortText(value: unknown, maxLength = 200): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= maxLength ? value : null;
}
