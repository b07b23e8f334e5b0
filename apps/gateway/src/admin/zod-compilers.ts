import type { FastifySchemaCompiler, FastifySerializerCompiler } from 'fastify';
import { z } from 'zod';
import { RequestValidationError } from './problem.js';

function isZod(schema: unknown): schema is z.ZodType {
  return schema instanceof z.ZodType;
}

/** Validates params, query and body with the route's zod schemas; the parsed value replaces the input. */
export const zodValidatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  if (!isZod(schema)) throw new Error('admin routes take zod schemas');
  const part = httpPart === 'querystring' ? 'query' : (httpPart ?? 'body');
  return (data: unknown) => {
    const input = part === 'body' && data === null ? undefined : data;
    const result = schema.safeParse(input);
    return result.success ? { value: result.data } : { error: new RequestValidationError(part, result.error.issues) };
  };
};

/**
 * Responses go through their zod schema after a JSON round trip (Dates become ISO strings), so
 * a field the schema does not declare — a key hash, a provider secret — can never leak.
 */
export const zodSerializerCompiler: FastifySerializerCompiler<unknown> = ({ schema }) => {
  if (!isZod(schema)) return (data) => JSON.stringify(data);
  return (data) => {
    const plain: unknown = JSON.parse(JSON.stringify(data ?? null));
    return JSON.stringify(schema.parse(plain));
  };
};
