export * from './limits.js';
export * from './protocol.js';
export * from './provider.js';
export * from './user.js';
