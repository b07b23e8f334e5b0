import { problemSchema } from '@cch/contract';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifySchema } from 'fastify';
import { z } from 'zod';
import { SESSION_COOKIE } from './auth/admin-sessions.js';
import { registerScalarOnDemand } from './scalar-on-demand.js';

type Io = 'input' | 'output';

function toJsonSchema(schema: unknown, io: Io): unknown {
  if (!(schema instanceof z.ZodType)) return schema;
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any', reused: 'inline' });
  return json;
}

const problemContent = { 'application/problem+json': { schema: toJsonSchema(problemSchema, 'output') } };
const PROBLEMS = {
  400: { description: 'Validation failed (problem+json naming the field)', content: problemContent },
  401: { description: 'Not signed in', content: problemContent },
  403: { description: 'Not allowed (user session on an admin route, or missing CSRF token)', content: problemContent },
  404: { description: 'Not found', content: problemContent },
};

function responses(schema: FastifySchema): Record<string, unknown> {
  const out: Record<string, unknown> = { ...PROBLEMS };
  const produces = Array.isArray(schema.produces) ? String(schema.produces[0]) : null;
  for (const [status, response] of Object.entries(schema.response ?? {})) {
    const json = toJsonSchema(response, 'output');
    out[status] = produces
      ? { description: `${status} response`, content: { [produces]: { schema: { type: 'string' } } } }
      : { description: `${status} response`, content: { 'application/json': { schema: json } } };
  }
  return out;
}

/** @fastify/swagger transform: each route's zod schemas become JSON Schema 2020-12 (OpenAPI 3.1's dialect). */
function zodToOpenApi({ schema, url }: { schema: FastifySchema; url: string }) {
  if (!schema || schema.hide || !schema.response) return { schema: { ...schema, hide: true }, url };
  const { params, querystring, body, produces: _produces, response: _response, ...rest } = schema;
  const transformed: Record<string, unknown> = {
    ...rest,
    ...(params !== undefined && { params: toJsonSchema(params, 'input') }),
    ...(querystring !== undefined && { querystring: toJsonSchema(querystring, 'input') }),
    ...(body !== undefined && { body: toJsonSchema(body, 'input') }),
    // a streamed, non-JSON body (e.g. an import file) is documented as text of the declared type
    ...(body === undefined && rest.consumes !== undefined && { body: { type: 'string' } }),
    response: responses(schema),
  };
  return { schema: transformed, url };
}

/**
 * `/admin/openapi.json` (OpenAPI 3.1 from the routes' zod schemas), Swagger UI at `/admin/docs`,
 * Scalar at `/admin/reference`.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Claude Code Hub admin API', version: '1.0.0', description: 'Errors are RFC 9457 problem+json.' },
      components: {
        securitySchemes: {
          adminToken: { type: 'http', scheme: 'bearer', description: 'ADMIN_TOKEN' },
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: 'Console session; changes also need x-csrf-token',
          },
        },
      },
      security: [{ adminToken: [] }, { session: [] }],
    },
    transform: zodToOpenApi,
  });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(fastifySwaggerUi, { routePrefix: '/docs' });
  registerScalarOnDemand(app, '/admin/openapi.json');
}
