/** Where a value sits in the raw bytes: `[start, end)`. */
export type Span = readonly [start: number, end: number];

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const DECODER = new TextDecoder();

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

function skipSpace(bytes: Uint8Array, at: number): number {
  let i = at;
  while (i < bytes.length && isSpace(bytes[i]!)) i++;
  return i;
}

/**
 * The index just past the string starting at `at` (a quote); -1 when it never closes. Jumps from
 * quote to quote (a native search): a quote preceded by an odd number of backslashes is escaped.
 */
function skipString(bytes: Uint8Array, at: number): number {
  let from = at + 1;
  for (;;) {
    const quote = bytes.indexOf(QUOTE, from);
    if (quote < 0) return -1;
    let backslashes = 0;
    while (bytes[quote - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** The index just past the value starting at `at`; -1 when it is cut off or unbalanced. */
function skipValue(bytes: Uint8Array, at: number): number {
  const first = bytes[at];
  if (first === QUOTE) return skipString(bytes, at);
  if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) {
    let i = at;
    while (i < bytes.length) {
      const byte = bytes[i]!;
      if (byte === COMMA || byte === CLOSE_OBJECT || byte === CLOSE_ARRAY || isSpace(byte)) break;
      i++;
    }
    return i > at ? i : -1;
  }
  let depth = 0;
  for (let i = at; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte === QUOTE) {
      i = skipString(bytes, i) - 1;
      if (i < 0) return -1;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) depth++;
    else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * The top-level fields of a JSON object, found by one scan of its bytes without building it:
 * where each value sits, so a field is parsed only when someone reads it, and the body can be
 * rewritten by splicing bytes instead of re-serialising it. Null when the bytes are not one JSON
 * object with well-formed top-level structure (values are checked for balance, not parsed).
 */
export function scanTopLevelFields(bytes: Uint8Array): Map<string, Span> | null {
  const fields = new Map<string, Span>();
  let i = skipSpace(bytes, 0);
  if (bytes[i] !== OPEN_OBJECT) return null;
  i = skipSpace(bytes, i + 1);
  if (bytes[i] === CLOSE_OBJECT) return skipSpace(bytes, i + 1) === bytes.length ? fields : null;
  for (;;) {
    if (bytes[i] !== QUOTE) return null;
    const keyEnd = skipString(bytes, i);
    if (keyEnd < 0) return null;
    const key = JSON.parse(DECODER.decode(bytes.subarray(i, keyEnd))) as string; // a JSON string literal
    i = skipSpace(bytes, keyEnd);
    if (bytes[i] !== COLON) return null;
    const start = skipSpace(bytes, i + 1);
    const end = skipValue(bytes, start);
    if (end < 0) return null;
    fields.set(key, [start, end]);
    i = skipSpace(bytes, end);
    if (bytes[i] === CLOSE_OBJECT) return skipSpace(bytes, i + 1) === bytes.length ? fields : null;
    if (bytes[i] !== COMMA) return null;
    i = skipSpace(bytes, i + 1);
  }
}

/** The span of the first element of the array at `span`, or null (not an array, or empty). */
export function firstElementSpan(bytes: Uint8Array, span: Span): Span | null {
  if (bytes[span[0]] !== OPEN_ARRAY) return null;
  const start = skipSpace(bytes, span[0] + 1);
  if (bytes[start] === CLOSE_ARRAY) return null;
  const end = skipValue(bytes, start);
  return end < 0 ? null : [start, end];
}

/**
 * A request body read lazily: its top-level fields are located once, and parsed one by one when
 * read; the whole document is parsed only when someone needs all of it (a converter).
 */
export interface JsonBody {
  readonly raw: Buffer;
  has(key: string): boolean;
  /** The field's value, parsed on first read (undefined when absent). */
  get(key: string): unknown;
  /** The whole document, parsed once on first call. */
  json(): Record<string, unknown>;
  /** An object-valued field as a lazy body of its own (scanned on first use), or null. */
  field(key: string): JsonBody | null;
  /** The raw bytes of a field's value as received, or null when absent. */
  rawOf(key: string): Uint8Array | null;
  /** The raw bytes of the first element of an array field (a conversation's opening), or null. */
  firstElementBytes(key: string): Uint8Array | null;
  /** Whether the raw text contains `text` (a cheap test before parsing a large field). */
  contains(text: string): boolean;
  /**
   * The body with top-level fields set to new values, spliced into the raw bytes (everything else
   * byte for byte as received).
   */
  withFields(changes: Record<string, unknown>): Buffer;
}

/** Reads a body as a lazy JSON object; null when it is not one. */
export function readJsonBody(raw: Buffer): JsonBody | null {
  const spans = scanTopLevelFields(raw);
  if (!spans) return null;
  const parsed = new Map<string, unknown>();
  const nested = new Map<string, JsonBody | null>();
  let whole: Record<string, unknown> | undefined;
  return {
    raw,
    has: (key) => spans.has(key),
    field(key) {
      if (!nested.has(key)) {
        const span = spans.get(key);
        nested.set(key, span && raw[span[0]] === OPEN_OBJECT ? readJsonBody(raw.subarray(span[0], span[1])) : null);
      }
      return nested.get(key) ?? null;
    },
    get(key) {
      if (whole) return whole[key];
      if (parsed.has(key)) return parsed.get(key);
      const span = spans.get(key);
      const value: unknown = span ? JSON.parse(raw.toString('utf8', span[0], span[1])) : undefined;
      parsed.set(key, value);
      return value;
    },
    json() {
      whole ??= JSON.parse(raw.toString('utf8')) as Record<string, unknown>; // the scan found one object
      return whole;
    },
    rawOf(key) {
      const span = spans.get(key);
      return span ? raw.subarray(span[0], span[1]) : null;
    },
    firstElementBytes(key) {
      const span = spans.get(key);
      const first = span ? firstElementSpan(raw, span) : null;
      return first ? raw.subarray(first[0], first[1]) : null;
    },
    contains: (text) => raw.includes(text),
    withFields: (changes) => spliceFields(raw, spans, changes),
  };
}

function spliceFields(raw: Buffer, spans: Map<string, Span>, changes: Record<string, unknown>): Buffer {
  const edits: { start: number; end: number; text: string }[] = [];
  const added: string[] = [];
  for (const [key, value] of Object.entries(changes)) {
    const span = spans.get(key);
    if (span) edits.push({ start: span[0], end: span[1], text: JSON.stringify(value) });
    else added.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
  }
  if (added.length > 0) {
    const close = raw.lastIndexOf(CLOSE_OBJECT);
    const separator = spans.size > 0 ? ',' : '';
    edits.push({ start: close, end: close, text: separator + added.join(',') });
  }
  edits.sort((a, b) => a.start - b.start);
  const parts: Buffer[] = [];
  let at = 0;
  for (const edit of edits) {
    parts.push(raw.subarray(at, edit.start), Buffer.from(edit.text));
    at = edit.end;
  }
  parts.push(raw.subarray(at));
  return Buffer.concat(parts);
}
