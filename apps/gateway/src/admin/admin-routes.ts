import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import type { PriceBook } from '../proxy/price-book.js';
import type { Runtime } from '../runtime.js';
import { adminApi } from './admin-api.js';
import { registerOpenApi } from './openapi.js';
import { handleAdminError, handleAdminNotFound } from './problem.js';
import { zodSerializerCompiler, zodValidatorCompiler } from './zod-compilers.js';

export interface AdminOptions {
  runtime: Runtime;
  prices: PriceBook;
}

/** The `/admin` context: problem+json errors, zod validation, OpenAPI and docs, then the authenticated API. */
export async function adminRoutes(app: FastifyInstance, options: AdminOptions) {
  app.setErrorHandler(handleAdminError);
  app.setNotFoundHandler(handleAdminNotFound);
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(zodSerializerCompiler);
  await app.register(fastifyCookie);
  await registerOpenApi(app);
  // only what the API needs: passing `options` on would repeat the /admin prefix
  await app.register(adminApi, { runtime: options.runtime, prices: options.prices });
}
