import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import type { z } from 'zod';

/** Who may call a route: anyone (login), any signed-in principal (own view), or admins only. */
export type Access = 'public' | 'signed-in' | 'admin';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}

export interface RouteSchemas {
  params?: z.ZodType;
  querystring?: z.ZodType;
  body?: z.ZodType;
  response: Record<number, z.ZodType>;
}

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export type RouteRequest<S extends RouteSchemas> = FastifyRequest<{
  Params: Out<S['params']>;
  Querystring: Out<S['querystring']>;
  Body: Out<S['body']>;
}>;

export interface RouteSpec<S extends RouteSchemas> {
  method: HTTPMethods;
  url: string;
  summary: string;
  tags: string[];
  /** Default: admin. */
  access?: Access;
  /** Response content type when not JSON (e.g. text/csv); documented as such. */
  produces?: string | string[];
  /** Request content type when the body is not JSON (read by the handler as a stream); documented as such. */
  consumes?: string;
  schemas: S;
  handler: (request: RouteRequest<S>, reply: FastifyReply) => Promise<unknown>;
}

/** Registers one admin route with its zod schemas (validation, response shaping and OpenAPI). */
export function defineRoute<S extends RouteSchemas>(app: FastifyInstance, spec: RouteSpec<S>): void {
  const { params, querystring, body, response } = spec.schemas;
  app.route<{ Params: Out<S['params']>; Querystring: Out<S['querystring']>; Body: Out<S['body']> }>({
    method: spec.method,
    url: spec.url,
    config: { access: spec.access ?? 'admin' },
    schema: {
      summary: spec.summary,
      tags: spec.tags,
      ...(spec.produces && { produces: [spec.produces].flat() }),
      ...(spec.consumes && { consumes: [spec.consumes] }),
      ...(params && { params }),
      ...(querystring && { querystring }),
      ...(body && { body }),
      response,
    },
    handler: spec.handler,
  });
}
