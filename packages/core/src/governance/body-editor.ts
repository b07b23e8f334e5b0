import { readJsonBody, scanTopLevelFields, type JsonBody } from '../json/json-body.js';

const REMOVED = Symbol('removed');
type Change = unknown;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Edits a JSON request body by path for the rules that apply to one upstream request. Only the
 * top-level fields an edit reaches are parsed; `finish` splices them back into the raw bytes
 * (every other field byte for byte) and returns the input itself when nothing changed.
 */
export class BodyEditor {
  private doc: JsonBody | null | undefined;
  private readonly changes = new Map<string, Change>();

  constructor(private readonly raw: Buffer) {}

  /** Null when the body is not a JSON object (nothing can be edited). */
  private body(): JsonBody | null {
    this.doc ??= readJsonBody(this.raw);
    return this.doc;
  }

  /** The top-level field's current value (after earlier edits); undefined when absent. */
  get(key: string): unknown {
    if (this.changes.has(key)) {
      const value = this.changes.get(key);
      return value === REMOVED ? undefined : value;
    }
    return this.body()?.get(key);
  }

  /** Replaces a top-level field (the value is written as given: do not keep a reference to it). */
  put(key: string, value: unknown): void {
    this.changes.set(key, value === undefined ? REMOVED : value);
  }

  hasBody(): boolean {
    return this.body() !== null;
  }

  contains(text: string): boolean {
    return this.raw.includes(text);
  }

  /** Sets the value at a dotted path, creating objects on the way. False when a non-object is in the way. */
  setPath(path: readonly string[], value: unknown): boolean {
    const [head, ...rest] = path;
    if (head === undefined || !this.hasBody()) return false;
    if (rest.length === 0) {
      this.put(head, structuredClone(value));
      return true;
    }
    const current = this.get(head);
    if (current !== undefined && !isRecord(current)) return false;
    const root: Record<string, unknown> = structuredClone(current ?? {});
    let node = root;
    for (const key of rest.slice(0, -1)) {
      const next = node[key] ?? {};
      if (!isRecord(next)) return false;
      node[key] = next;
      node = next;
    }
    node[rest[rest.length - 1]!] = structuredClone(value);
    this.put(head, root);
    return true;
  }

  /** Removes the value at a dotted path; false when it was not there. */
  removePath(path: readonly string[]): boolean {
    const [head, ...rest] = path;
    if (head === undefined || !this.hasBody()) return false;
    const current = this.get(head);
    if (current === undefined) return false;
    if (rest.length === 0) {
      this.put(head, undefined);
      return true;
    }
    if (!isRecord(current)) return false;
    const root = structuredClone(current);
    let node: Record<string, unknown> = root;
    for (const key of rest.slice(0, -1)) {
      const next = node[key];
      if (!isRecord(next)) return false;
      node = next;
    }
    const last = rest[rest.length - 1]!;
    if (!(last in node)) return false;
    delete node[last];
    this.put(head, root);
    return true;
  }

  changed(): boolean {
    return this.changes.size > 0;
  }

  /** The edited body, or the very input buffer when no edit was made. */
  finish(): Buffer {
    if (this.changes.size === 0) return this.raw;
    const spans = scanTopLevelFields(this.raw);
    if (!spans) return this.raw;
    const parts: Buffer[] = [Buffer.from('{')];
    let first = true;
    const emit = (key: string, bytes: Buffer) => {
      parts.push(Buffer.from(`${first ? '' : ','}${JSON.stringify(key)}:`), bytes);
      first = false;
    };
    for (const [key, span] of spans) {
      if (!this.changes.has(key)) emit(key, this.raw.subarray(span[0], span[1]));
      else if (this.changes.get(key) !== REMOVED) emit(key, Buffer.from(JSON.stringify(this.changes.get(key))));
    }
    for (const [key, value] of this.changes) {
      if (!spans.has(key) && value !== REMOVED) emit(key, Buffer.from(JSON.stringify(value)));
    }
    parts.push(Buffer.from('}'));
    return Buffer.concat(parts);
  }
}
