import { z } from 'zod';
import { LIMIT_KINDS, usageEntrySchema } from './limits.js';

export const QUOTA_SORTS = ['closest', 'reset', 'name'] as const;

/** `GET /admin/quotas`: every user and key with a limit, against each of its limits. */
export const quotaOverviewQuery = z.object({
  kind: z.enum(['user', 'key']).optional().describe('Only users or only keys (default both)'),
  sort: z
    .enum(QUOTA_SORTS)
    .default('closest')
    .describe('closest: nearest to a limit first; reset: soonest reset first; name: alphabetical'),
  q: z.string().trim().max(200).optional().describe('Case-insensitive part of a user or key name'),
});

export const quotaOverviewRowSchema = z.object({
  subject: z.object({ kind: z.enum(['user', 'key']), id: z.string() }),
  name: z.string(),
  /** The key's owner (keys only). */
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  enabled: z.boolean(),
  /** The highest share of any limit in use: 1 means a limit is reached. */
  closestShare: z.number(),
  /** The limit behind `closestShare`. */
  closestLimit: z.enum(LIMIT_KINDS).nullable(),
  /** Epoch ms of the soonest window reset; null when no limit resets by itself. */
  nextResetAt: z.number().nullable(),
  entries: z.array(usageEntrySchema),
});
export type QuotaOverviewRow = z.infer<typeof quotaOverviewRowSchema>;

export const quotaOverviewSchema = z.object({
  items: z.array(quotaOverviewRowSchema),
  /** Users and keys without any limit are left out; this many were. */
  unlimited: z.number(),
});
export type QuotaOverview = z.infer<typeof quotaOverviewSchema>;
