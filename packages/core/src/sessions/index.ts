export * from './derive-session-id.js';
export * from './session-id.js';
