import type { SseFrame } from './sse-frame.js';

export interface SseParser {
  /** Feeds the next chunk of bytes; returns the frames it completed (possibly none). */
  push(chunk: Uint8Array): SseFrame[];
  /**
   * Flushes the stream: a trailing line without terminator and a frame without the closing
   * blank line are still emitted (lenient, unlike the WHATWG parser, so a truncated upstream
   * stream still yields its last frame). The parser can be reused afterwards.
   */
  end(): SseFrame[];
}

const LF = 10;
const CR = 13;
const SPACE = 32;

/**
 * Incremental SSE parser (WHATWG event-stream rules): frames may be split anywhere across
 * chunks, including inside a multi-byte UTF-8 character; CRLF, LF and CR all end a line;
 * `:` lines are comments; `retry:` and unknown fields are ignored; a frame without any
 * `data:` field is not emitted. Line ends are found with `indexOf`, never a regex.
 */
export function createSseParser(): SseParser {
  let decoder = new TextDecoder('utf-8');
  let pending = ''; // an incomplete line carried over from the previous chunk
  let skipLeadingLf = false; // the previous chunk ended with CR: a following LF belongs to it
  let frame = emptyFrameState();
  let out: SseFrame[] = [];

  function dispatch(): void {
    if (frame.hasData) {
      const done: SseFrame = { event: frame.event, data: frame.data };
      if (frame.id !== undefined) done.id = frame.id;
      out.push(done);
    }
    frame = emptyFrameState();
  }

  function processLine(line: string): void {
    if (line.length === 0) {
      dispatch();
      return;
    }
    const colon = line.indexOf(':');
    if (colon === 0) return; // comment
    if (colon === -1) {
      applyField(frame, line, '');
      return;
    }
    const valueStart = line.charCodeAt(colon + 1) === SPACE ? colon + 2 : colon + 1;
    applyField(frame, line.slice(0, colon), line.slice(valueStart));
  }

  function processText(text: string): void {
    let pos = 0;
    if (skipLeadingLf && text.length > 0) {
      if (text.charCodeAt(0) === LF) pos = 1;
      skipLeadingLf = false;
    }
    let nextLf = text.indexOf('\n', pos);
    let nextCr = text.indexOf('\r', pos);
    while (nextLf !== -1 || nextCr !== -1) {
      const eol = nextCr === -1 || (nextLf !== -1 && nextLf < nextCr) ? nextLf : nextCr;
      const segment = text.slice(pos, eol);
      const line = pending.length > 0 ? pending + segment : segment;
      pending = '';
      pos = eol + 1;
      if (text.charCodeAt(eol) === CR) {
        if (pos === text.length) skipLeadingLf = true;
        else if (text.charCodeAt(pos) === LF) pos += 1;
      }
      processLine(line);
      if (nextLf !== -1 && nextLf < pos) nextLf = text.indexOf('\n', pos);
      if (nextCr !== -1 && nextCr < pos) nextCr = text.indexOf('\r', pos);
    }
    if (pos < text.length) pending += text.slice(pos);
  }

  function take(): SseFrame[] {
    const frames = out;
    out = [];
    return frames;
  }

  return {
    push(chunk) {
      processText(decoder.decode(chunk, { stream: true }));
      return take();
    },
    end() {
      processText(decoder.decode());
      if (pending.length > 0) {
        const line = pending;
        pending = '';
        processLine(line);
      }
      dispatch();
      decoder = new TextDecoder('utf-8');
      skipLeadingLf = false;
      return take();
    },
  };
}

interface FrameState {
  event: string | null;
  data: string;
  hasData: boolean;
  id: string | undefined;
}

function emptyFrameState(): FrameState {
  return { event: null, data: '', hasData: false, id: undefined };
}

function applyField(frame: FrameState, field: string, value: string): void {
  switch (field) {
    case 'data':
      frame.data = frame.hasData ? `${frame.data}\n${value}` : value;
      frame.hasData = true;
      return;
    case 'event':
      frame.event = value.length > 0 ? value : null; // empty means the default type
      return;
    case 'id':
      if (!value.includes('\0')) frame.id = value;
      return;
    default:
      return; // retry and unknown fields carry nothing we use
  }
}
