import type { z } from 'zod';
import { InvalidIrRequestError } from '../../ir/errors.js';

type ErrorFactory = (message: string) => Error;

const invalidRequest: ErrorFactory = (message) => new InvalidIrRequestError(message);

/**
 * Parses a piece of a Messages payload with its schema; a mismatch throws (by default an
 * `InvalidIrRequestError`) naming where it is (`messages.3.content.0.source: …`).
 */
export function readWire<T>(schema: z.ZodType<T>, value: unknown, where: string, fail = invalidRequest): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = [where, ...(issue?.path ?? []).map(String)].join('.');
  throw fail(`${path}: ${issue?.message ?? 'invalid value'}`);
}
