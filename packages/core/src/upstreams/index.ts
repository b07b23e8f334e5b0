export * from './forwarded-headers.js';
export * from './upstream-descriptor.js';
export * from './build-upstream-url.js';
export * from './redact-secrets.js';
