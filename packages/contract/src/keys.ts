import { z } from 'zod';
import { dateInput, isoDate } from './common.js';
import { limitsPatch, limitsSchema } from './limits.js';

export const createKeyBody = z.object({
  name: z.string().trim().min(1),
  enabled: z.boolean().optional(),
  expiresAt: dateInput.nullable().optional(),
  limits: limitsPatch.optional(),
  group: z.string().min(1).nullable().optional(),
  consoleAccess: z.boolean().optional().describe('May sign in to the console (own usage and keys)'),
});
export type CreateKeyInput = z.input<typeof createKeyBody>;

export const updateKeyBody = createKeyBody.partial();
export type UpdateKeyInput = z.input<typeof updateKeyBody>;

/** The longest grace period a rotated key may keep working: 30 days. */
export const MAX_ROTATION_GRACE_SECONDS = 30 * 86_400;
/** How long a rotated key keeps working when the request does not say: a day. */
export const DEFAULT_ROTATION_GRACE_SECONDS = 86_400;

export const rotateKeyBody = z
  .object({
    graceSeconds: z
      .number()
      .int()
      .min(0)
      .max(MAX_ROTATION_GRACE_SECONDS)
      .optional()
      .describe(`How long the old key keeps working; default ${DEFAULT_ROTATION_GRACE_SECONDS}`),
  })
  .optional();
export type RotateKeyInput = z.input<typeof rotateKeyBody>;

/** A key as the server returns it: never the key itself nor its hash. */
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
export type Key = z.infer<typeof keySchema>;

export const createdKeySchema = keySchema.extend({
  key: z.string().describe('The plaintext sk-… key; shown only in this response'),
});
export type CreatedKey = z.infer<typeof createdKeySchema>;

/** A key in a list, with when it last made a request (from the request log; null when none is logged). */
export const listedKeySchema = keySchema.extend({ lastUsedAt: isoDate.nullable() });
export type ListedKey = z.infer<typeof listedKeySchema>;
export const keyListSchema = z.object({ items: z.array(listedKeySchema) });

/** `POST /admin/keys/{id}/rotate`: the new key (plaintext shown only here) and the old one, on its grace period. */
export const rotatedKeySchema = z.object({ replacement: createdKeySchema, previous: keySchema });
export type RotatedKey = z.infer<typeof rotatedKeySchema>;
