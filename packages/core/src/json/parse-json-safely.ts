/** JSON.parse that returns undefined instead of throwing (upstream payloads are untrusted). */
export function parseJsonSafely(text: string): unknown {
  try {
    return JSON.parse(text) as unknown; // safe: only narrows JSON.parse's `any` to `unknown`
  } catch {
    return undefined;
  }
}
