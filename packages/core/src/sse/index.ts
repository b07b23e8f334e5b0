export type { SseFrame } from './sse-frame.js';
export { createSseParser, type SseParser } from './create-sse-parser.js';
export { encodeSseFrame } from './encode-sse-frame.js';
