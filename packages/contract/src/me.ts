import { z } from 'zod';
import { ROLES } from './auth.js';
import { keySchema } from './keys.js';
import { usageSchema } from './limits.js';
import { STATS_PERIODS, totalsSchema } from './stats.js';
import { userSchema } from './users.js';

export const meSchema = z.object({
  role: z.enum(ROLES),
  name: z.string(),
  user: userSchema.nullable(),
  key: keySchema.nullable(),
});
export type Me = z.infer<typeof meSchema>;

export const meUsageSchema = z.object({ user: usageSchema.nullable(), key: usageSchema.nullable() });
export type MeUsage = z.infer<typeof meUsageSchema>;

export const meStatsQuery = z.object({ period: z.enum(STATS_PERIODS).default('day') });
export const meStatsSchema = z.object({
  range: z.object({ from: z.string(), to: z.string() }),
  user: totalsSchema.describe("The signed-in user's requests, tokens and cost over all their keys"),
  key: totalsSchema.describe('The same for the key used to sign in'),
});
export type MeStats = z.infer<typeof meStatsSchema>;
