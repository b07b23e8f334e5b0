import { z } from 'zod';
import { dateInput, isoDate, limitsPatch, limitsSchema } from './common.schemas.js';

export const createKeyBody = z.object({
  name: z.string().trim().min(1),
  enabled: z.boolean().optional(),
  expiresAt: dateInput.nullable().optional(),
  limits: limitsPatch.optional(),
  group: z.string().min(1).nullable().optional(),
  consoleAccess: z.boolean().optional().describe('May sign in to the console (own usage and keys)'),
});

export const updateKeyBody = createKeyBody.partial();

export const rotateKeyBody = z
  .object({ graceSeconds: z.number().int().min(0).max(30 * 86_400).optional().describe('How long the old key keeps working; default 86400') })
  .optional();

/** A key as listed: never the key itself nor its hash. */
export const keySchema = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  keyPrefix: z.string(),
  enabled: z.boolean(),
  expiresAt: isoDate.nullable(),
  limits: limitsSchema,
  group: z.string().nullable(),
  consoleAccess: z.boolean(),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const createdKeySchema = keySchema.extend({ key: z.string().describe('The plaintext sk-… key; shown only in this response') });
/** A key in a list, with when it last made a request (from the request log; null when none is logged). */
export const listedKeySchema = keySchema.extend({ lastUsedAt: isoDate.nullable() });
export const keyListSchema = z.object({ items: z.array(listedKeySchema) });
export const rotatedKeySchema = z.object({ replacement: createdKeySchema, previous: keySchema });
