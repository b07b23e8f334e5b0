import { renderGeminiError } from '../gemini/errors.js';
import type { ProtocolErrorInput } from '../protocol-adapter.js';

export { renderGeminiError as renderGeminiCliError };

/** The error as one more `data:` chunk; the response is then cut (see `cutStreamAfterError`). */
export function renderGeminiCliStreamError(error: ProtocolErrorInput): string {
  return `data: ${JSON.stringify(renderGeminiError(error).body)}\n\n`;
}
