export * from './render-error.js';
