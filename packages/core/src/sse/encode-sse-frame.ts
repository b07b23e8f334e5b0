import type { SseFrame } from './sse-frame.js';

/**
 * Serialises a frame to its wire form, ending with the blank line that dispatches it.
 * Every line of `data` (split on CRLF, LF or CR) becomes its own `data:` line, so
 * `createSseParser` reads back exactly the same frame (line endings normalised to "\n").
 */
export function encodeSseFrame(frame: SseFrame): string {
  let out = '';
  if (frame.event !== null) out += `event: ${stripLineBreaks(frame.event)}\n`;
  if (frame.id !== undefined) out += `id: ${stripLineBreaks(frame.id)}\n`;
  for (const line of frame.data.split(/\r\n|\r|\n/)) out += `data: ${line}\n`;
  return `${out}\n`;
}

/** A line break inside `event` or `id` would start a new field; such values cannot be sent. */
function stripLineBreaks(value: string): string {
  return value.replace(/[\r\n]/g, '');
}
