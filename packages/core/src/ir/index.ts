export * from './ir-content.js';
export * from './ir-request.js';
export * from './ir-response.js';
export * from './ir-stream.js';
export * from './translator.js';
export * from './errors.js';
export * from './stable-call-id.js';
export * from './estimate-tokens.js';
