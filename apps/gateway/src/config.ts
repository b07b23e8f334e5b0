import { z } from 'zod';
import { PRICE_SOURCE_EXPECTED, parsePriceSource } from './pricing/price-source.js';
import { redisUrlSchema } from './redis-url.js';

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'expected true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? null : v))
    .pipe(
      z
        .string()
        .refine((v) => protocols.some((p) => v.startsWith(p)), {
          error: `expected a URL starting with ${protocols.join(' or ')}`,
        })
        .nullable(),
    );

const timeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { error: 'expected an IANA time zone such as UTC or Asia/Shanghai' },
);

/** Every environment variable the gateway reads. `.env.example` documents each one. */
export const configSchema = z.object({
  PORT: z.coerce.number({ error: 'expected a port number' }).int().min(0).max(65535).default(23000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: optionalUrl(['postgres://', 'postgresql://']).prefault(''),
  REDIS_URL: redisUrlSchema.prefault(''),
  DATA_DIR: z.string().min(1).default('./data'),
  ADMIN_TOKEN: z
    .string()
    .default('')
    .refine((v) => v === '' || v.length >= 16, {
      error: 'expected at least 16 characters (or leave it unset to generate one)',
    }),
  ENCRYPTION_KEY: z
    .string()
    .default('')
    .refine((v) => v === '' || v.length >= 32, {
      error: 'expected at least 32 characters (or leave it unset to generate one)',
    }),
  SESSION_TTL: z.coerce.number({ error: 'expected a number of seconds' }).int().min(10).max(86_400).default(300),
  TZ: timeZone.default('UTC'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ENABLE_SECURE_COOKIES: boolean.default(true),
  SERVE_CONSOLE: boolean.default(true),
  /** When set, `/metrics` requires `Authorization: Bearer <METRICS_TOKEN>`. */
  METRICS_TOKEN: z.string().default(''),
  CONSOLE_DIR: z.string().default(''),
  MAX_PROVIDERS_PER_REQUEST: z.coerce.number().int().min(1).max(10).default(3),
  /** Upstream attempts per client request, same-provider retries and failovers together. */
  MAX_ATTEMPTS_PER_REQUEST: z.coerce.number().int().min(1).max(20).default(4),
  /** Retries across the gateway: at most this percentage of the requests in flight … */
  RETRY_BUDGET_PERCENT: z.coerce.number().min(0).max(100).default(20),
  /** … but always this many at once. */
  RETRY_BUDGET_MIN: z.coerce.number().int().min(0).max(1000).default(3),
  BILLED_MODEL: z.enum(['requested', 'redirected']).default('requested'),
  /** Heap growth past the live size before a full collection (0 = V8's own rule); see limit-heap-growth.ts. */
  HEAP_GROWTH_PERCENT: z.coerce.number().int().min(0).max(1000).default(60),
  LOG_BATCH_SIZE: z.coerce.number().int().min(1).max(5000).default(200),
  LOG_FLUSH_INTERVAL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
  LOG_QUEUE_MAX: z.coerce.number().int().min(100).max(1_000_000).default(50_000),
  LOG_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(90),
  LOG_DRAIN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  LOG_STUCK_AFTER_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(60_000),
  STORE_BODIES: boolean.default(false),
  /** Cap on each stored body (request, response) when STORE_BODIES is on; past it the body is cut and marked. */
  BODY_STORE_MAX_BYTES: z.coerce.number().int().min(1024).max(16_777_216).default(262_144),
  /** Days stored bodies are kept (shorter than the log: bodies are large and sensitive). */
  BODY_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(3),
  PRICE_SYNC_URL: z
    .string()
    .trim()
    .refine((value) => parsePriceSource(value) !== null, { error: PRICE_SOURCE_EXPECTED })
    .default('https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json'),
  PRICE_SYNC_INTERVAL_HOURS: z.coerce.number().min(0).max(720).default(0),
  INTERCEPT_WARMUP: boolean.default(true),
  /** Background availability probe of every enabled provider (one replica per interval); 0 = off. */
  PROBE_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** A probe slower than this marks its bucket degraded. */
  PROBE_DEGRADED_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  PROBE_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** Longest a state-store (Redis) call may take before the proxy goes on without it (fail-open). */
  // Not a Redis latency (well under 1 ms) but the gateway's own queueing: a reply waits behind every
  // request in flight on the event loop (~1 ms of CPU each), so 50 ms failed open at c=32.
  STORE_TIMEOUT_MS: z.coerce.number().int().min(5).max(10_000).default(150),
  /** Consecutive store timeouts/errors after which the store is skipped for STORE_BREAKER_OPEN_MS. */
  STORE_BREAKER_FAILURES: z.coerce.number().int().min(1).max(100).default(3),
  STORE_BREAKER_OPEN_MS: z.coerce.number().int().min(100).max(600_000).default(2_000),
  /** Notification deliveries: attempts per message, and the first retry's delay (doubling after). */
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(5),
  NOTIFY_RETRY_BASE_MS: z.coerce.number().int().min(10).max(600_000).default(2_000),
  /** How often quota thresholds, provider spend limits and the leaderboard time are checked. */
  NOTIFY_CHECK_INTERVAL_MS: z.coerce.number().int().min(1_000).max(3_600_000).default(30_000),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(30_000),
  TRUST_PROXY: boolean.default(false),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; a bad value throws a ConfigError naming the variable and what it expects. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = configSchema.safeParse(present);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || 'env'}: ${issue.message}`));
}
