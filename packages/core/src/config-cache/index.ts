export * from './config-cache.js';
