/** `alt=sse` in the client's query: the stream is SSE; otherwise it is one JSON array. */
export function wantsSse(clientPath: string): boolean {
  const query = clientPath.indexOf('?');
  return query >= 0 && new URLSearchParams(clientPath.slice(query + 1)).get('alt') === 'sse';
}

/** `streamGenerateContent` streams SSE only with `alt=sse`; without it the answer is one JSON array. */
export function geminiStreamContentType(clientPath: string): string {
  return wantsSse(clientPath) ? 'text/event-stream; charset=utf-8' : 'application/json; charset=UTF-8';
}
