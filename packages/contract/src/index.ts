// The admin API contract: the zod schemas of every request and response of `/admin`, and the
// shared enums behind them. The gateway validates and documents its routes with these; the
// console parses responses and types its requests with the same ones. zod only: the console
// bundles this package, so nothing here may import Node, Fastify or React.
export * from './audit.js';
export * from './availability.js';
export * from './auth.js';
export * from './client-versions.js';
export * from './common.js';
export * from './data.js';
export * from './error-rules.js';
export * from './keys.js';
export * from './limits.js';
export * from './log-json.js';
export * from './logs.js';
export * from './me.js';
export * from './notifications.js';
export * from './prices.js';
export * from './protocols.js';
export * from './provider-overrides.js';
export * from './provider-defaults.js';
export * from './providers.js';
export * from './quotas.js';
export * from './reports.js';
export * from './rectifiers.js';
export * from './request-filters.js';
export * from './sensitive-words.js';
export * from './sessions.js';
export * from './settings.js';
export * from './stats.js';
export * from './users.js';
