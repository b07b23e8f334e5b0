import { z } from 'zod';
import { isoDate } from './common.js';

/** up: probes and traffic fine; degraded: slow or some failures; down: failing; none: no data in the bucket. */
export const AVAILABILITY_STATES = ['up', 'degraded', 'down', 'none'] as const;
export type AvailabilityState = (typeof AVAILABILITY_STATES)[number];

/** The windows the availability page and the public status page show. */
export const AVAILABILITY_WINDOWS = ['1h', '24h', '7d', '30d'] as const;
export type AvailabilityWindow = (typeof AVAILABILITY_WINDOWS)[number];

export const availabilityQuery = z.object({
  window: z.enum(AVAILABILITY_WINDOWS).default('24h'),
  providerId: z.string().min(1).optional(),
});

export const availabilityBucketSchema = z.object({
  start: isoDate,
  state: z.enum(AVAILABILITY_STATES),
  probes: z.number().int(),
  probeFailures: z.number().int(),
  probeLatencyMs: z.number().int().nullable().describe('Mean probe latency in the bucket'),
  requests: z.number().int(),
  failures: z.number().int().describe('Requests that ended 5xx'),
  p50TtfbMs: z.number().int().nullable(),
  p95TtfbMs: z.number().int().nullable(),
});
export type AvailabilityBucket = z.infer<typeof availabilityBucketSchema>;

export const availabilityErrorSchema = z.object({
  at: isoDate,
  source: z.enum(['probe', 'traffic']),
  status: z.number().int().nullable(),
  errorClass: z.string().nullable(),
  message: z.string().nullable(),
});

export const providerAvailabilitySchema = z.object({
  providerId: z.string(),
  name: z.string(),
  enabled: z.boolean(),
  current: z.enum(AVAILABILITY_STATES).describe('State of the latest bucket with data (last 5 minutes)'),
  uptimePercent: z.number().nullable().describe('Share of buckets with data that were up or degraded'),
  successRate: z.number().nullable().describe('Share of requests in the window that did not end 5xx'),
  buckets: z.array(availabilityBucketSchema),
  lastErrors: z.array(availabilityErrorSchema),
});
export type ProviderAvailability = z.infer<typeof providerAvailabilitySchema>;

export const availabilitySchema = z.object({
  window: z.enum(AVAILABILITY_WINDOWS),
  bucketMs: z.number().int(),
  generatedAt: isoDate,
  probeIntervalSeconds: z.number().int().describe('0 when background probing is off'),
  degradedLatencyMs: z.number().int(),
  providers: z.array(providerAvailabilitySchema),
});
export type Availability = z.infer<typeof availabilitySchema>;

const publicName = z.string().trim().min(1).max(80);

export const statusPageEntrySchema = z.object({
  kind: z.enum(['provider', 'group']),
  ref: z.string().min(1).describe('Provider id, or provider group name'),
  publicName: publicName.describe('The only name the public page shows'),
});
export type StatusPageEntry = z.infer<typeof statusPageEntrySchema>;

export const statusPageConfigSchema = z.object({
  enabled: z.boolean().describe('Off by default: /status and /status.json answer 404'),
  title: z.string().trim().min(1).max(120),
  entries: z.array(statusPageEntrySchema).max(100),
});
export type StatusPageConfig = z.infer<typeof statusPageConfigSchema>;

export const DEFAULT_STATUS_PAGE_CONFIG: StatusPageConfig = { enabled: false, title: 'Service status', entries: [] };

/** The public `/status.json`: public names and states only. */
export const publicStatusSchema = z.object({
  title: z.string(),
  generatedAt: isoDate,
  services: z.array(
    z.object({
      name: z.string(),
      state: z.enum(AVAILABILITY_STATES),
      uptime: z.object({ '24h': z.number().nullable(), '7d': z.number().nullable(), '30d': z.number().nullable() }),
      bars: z.object({
        '24h': z.array(z.enum(AVAILABILITY_STATES)),
        '7d': z.array(z.enum(AVAILABILITY_STATES)),
        '30d': z.array(z.enum(AVAILABILITY_STATES)),
      }),
    }),
  ),
});
export type PublicStatus = z.infer<typeof publicStatusSchema>;
