/** Helpers shared by the mock upstream's own tests (not a test file itself). */

export interface SseEvent {
  event: string | null;
  data: string;
}

/** Parses a complete SSE body into events (`event:` optional, `data:` lines joined). */
export function parseSse(text: string): SseEvent[] {
  const events: SseEvent[] = [];
  for (const block of text.split(/\r?\n\r?\n/)) {
    if (!block.trim()) continue;
    let event: string | null = null;
    const data: string[] = [];
    for (const line of block.split(/\r?\n/)) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
    }
    events.push({ event, data: data.join('\n') });
  }
  return events;
}

/** JSON of every `data:` payload except `[DONE]`. */
export function sseJson(text: string): Record<string, unknown>[] {
  return parseSse(text)
    .filter((e) => e.data !== '[DONE]')
    .map((e) => JSON.parse(e.data) as Record<string, unknown>);
}

export interface ReadResult {
  text: string;
  error: unknown;
  /** ms since `start` at which each chunk arrived. */
  chunkTimes: number[];
}

/** Reads a body to its end or its first error, keeping what arrived before the error. */
export async function readBody(res: Response, start = Date.now()): Promise<ReadResult> {
  const reader = res.body?.getReader();
  const decoder = new TextDecoder();
  const out: ReadResult = { text: '', error: null, chunkTimes: [] };
  if (!reader) return out;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      out.chunkTimes.push(Date.now() - start);
      out.text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    out.error = error;
  }
  return out;
}

export function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
  signal?: AbortSignal,
): Promise<Response> {
  const init: RequestInit = {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
  if (signal) init.signal = signal;
  return fetch(url, init);
}

export function userBody(text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { model: 'claude-sonnet-4-6', max_tokens: 64, messages: [{ role: 'user', content: text }], ...extra };
}

export function geminiBody(text: string): Record<string, unknown> {
  return { contents: [{ role: 'user', parts: [{ text }] }] };
}
