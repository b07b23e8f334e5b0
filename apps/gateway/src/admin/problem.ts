import { isDatabaseUnavailable, StoreUnavailableError } from '@cch/core';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';

/** An RFC 9457 problem a route raises on purpose; rendered by the admin error handler. */
export class AdminError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'AdminError';
  }
}

export const notFound = (what: string, id: string | number) =>
  new AdminError(404, 'Not Found', `${what} ${id} does not exist`);
export const unauthorized = (detail = 'Sign in or send Authorization: Bearer <ADMIN_TOKEN>') =>
  new AdminError(401, 'Unauthorized', detail);
export const forbidden = (detail: string) => new AdminError(403, 'Forbidden', detail);
export const badRequest = (detail: string) => new AdminError(400, 'Bad Request', detail);

/** A request part that failed its zod schema; `issues` name the fields. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(
    readonly part: string,
    readonly issues: readonly z.core.$ZodIssue[],
  ) {
    super(`invalid ${part}`);
    this.name = 'RequestValidationError';
  }
}

export interface FieldError {
  in: string;
  field: string;
  message: string;
}

function fieldErrors(error: RequestValidationError): FieldError[] {
  return error.issues.map((issue) => ({
    in: error.part,
    field: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
}

export function sendProblem(
  reply: FastifyReply,
  problem: { status: number; title: string; detail: string; [extra: string]: unknown },
) {
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .send({ type: 'about:blank', ...problem, instance: reply.request.url });
}

/** The admin context's error handler: every failure becomes problem+json; a 5xx never shows internals. */
export function handleAdminError(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AdminError) {
    reply.headers(error.headers);
    return sendProblem(reply, { status: error.status, title: error.title, detail: error.detail });
  }
  if (error instanceof RequestValidationError) {
    const errors = fieldErrors(error);
    const detail = errors.map((e) => `${e.in}.${e.field}: ${e.message}`).join('; ');
    return sendProblem(reply, { status: 400, title: 'Validation failed', detail, errors });
  }
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status >= 400 && status < 500) return sendProblem(reply, { status, title: 'Bad Request', detail: error.message });
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: error.message }, 'admin request failed: database unavailable');
    reply.header('retry-after', '5');
    return sendProblem(reply, {
      status: 503,
      title: 'Database unavailable',
      detail: 'The database cannot be reached right now; the proxy keeps serving. Try again shortly.',
    });
  }
  if (error instanceof StoreUnavailableError) {
    reply.header('retry-after', '2');
    return sendProblem(reply, {
      status: 503,
      title: 'State store unavailable',
      detail: 'The state store (Redis) is not answering right now; the proxy keeps serving. Try again shortly.',
    });
  }
  request.log.error({ err: error }, 'admin request failed');
  return sendProblem(reply, {
    status: 500,
    title: 'Internal Server Error',
    detail: 'The request failed; see the gateway log for the request id',
  });
}

export function handleAdminNotFound(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(reply, {
    status: 404,
    title: 'Not Found',
    detail: `No admin route ${request.method} ${request.url.split('?')[0] ?? ''}`,
  });
}
