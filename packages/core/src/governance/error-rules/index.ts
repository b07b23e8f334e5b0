export * from './compile-error-rules.js';
export * from './decide-on-error.js';
export * from './match-error-rule.js';
