export * from './channels/index.js';
export * from './format-message.js';
export * from './notification-event.js';
export * from './signing.js';
export * from './target.js';
