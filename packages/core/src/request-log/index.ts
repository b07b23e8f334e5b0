export * from './log-writer.js';
export * from './retention.js';
