import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime.js';
import { adminApi } from './admin-api.js';
import { registerOpenApi } from './openapi.js';
import { handleAdminError, handleAdminNotFound } from './problem.js';
import { zodSerializerCompiler, zodValidatorCompiler } from './zod-compilers.js';

/**
 * A JSON content type with an empty body reads as "no body" (clients send the header on every
 * call, DELETE and body-less POSTs included); routes that need a body still refuse it by schema.
 */
function acceptEmptyJsonBodies(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    // parseAs 'string' hands the body over as a string
    const text = body as string;
    if (text.trim() === '') return done(null, undefined);
    return parseJson(request, text, done);
  });
}

export interface AdminOptions {
  runtime: Runtime;
}

/** The `/admin` context: problem+json errors, zod validation, OpenAPI and docs, then the authenticated API. */
export async function adminRoutes(app: FastifyInstance, options: AdminOptions) {
  app.setErrorHandler(handleAdminError);
  app.setNotFoundHandler(handleAdminNotFound);
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(zodSerializerCompiler);
  acceptEmptyJsonBodies(app);
  // GET and HEAD of an unknown admin path would otherwise reach the console's SPA fallback (HTML, 200)
  for (const url of ['/', '/*']) app.route({ method: ['GET', 'HEAD'], url, handler: handleAdminNotFound });
  await app.register(fastifyCookie);
  await registerOpenApi(app);
  // only what the API needs: passing `options` on would repeat the /admin prefix
  await app.register(adminApi, { runtime: options.runtime });
}
