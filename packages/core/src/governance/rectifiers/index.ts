export * from './assign-gemini-call-ids.js';
export * from './correct-thinking-budget.js';
export * from './rectifier-switchboard.js';
export * from './repair-sse-stream.js';
export * from './strip-thinking.js';
