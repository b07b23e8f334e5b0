import { z } from 'zod';

const entry = z.object({
  limit: z.string(),
  name: z.string(),
  shape: z.string(),
  resetAt: z.number().nullable().describe('Epoch ms'),
  exhausted: z.boolean(),
  unit: z.enum(['requests', 'sessions', 'usd']),
  current: z.union([z.number(), z.string()]).describe('USD limits: decimal string'),
  max: z.union([z.number(), z.string()]),
  since: z.number().nullable().optional(),
});

/** Every configured limit of one user, key or provider with its current usage. */
export const usageSchema = z.object({
  subject: z.object({ kind: z.enum(['user', 'key', 'provider']), id: z.string() }),
  entries: z.array(entry),
});
