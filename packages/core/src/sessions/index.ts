export * from './derive-session-id.js';
