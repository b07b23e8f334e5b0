import { z } from 'zod';
import { logDetailSchema } from './logs.js';

// The decision chain and cost breakdown are stored as JSON and sent as stored (`unknown` in the
// response schema). These read them leniently, so an older or partial row still opens: anything
// unreadable becomes "no steps" / "no parts".

/** One upstream attempt of the decision chain. */
const attemptSchema = z.object({
  providerId: z.string(),
  providerName: z.string(),
  reason: z.string(),
  retry: z.number().catch(0),
  priority: z.number().optional().catch(undefined),
  weight: z.number().optional().catch(undefined),
  circuit: z.string().optional().catch(undefined),
  upstreamModel: z.string().nullable().optional().catch(null),
  status: z.number().nullable().catch(null),
  errorClass: z.string().nullable().catch(null),
  errorMessage: z.string().nullable().optional().catch(null),
  durationMs: z.number().catch(0),
  /** Set when the request was converted for a provider of another protocol. */
  converted: z.object({ from: z.string(), to: z.string() }).optional().catch(undefined),
  /** Hedged stream: the slow attempt (`primary`) or the one started against it (`hedge`). */
  hedge: z.enum(['primary', 'hedge']).optional().catch(undefined),
});
export type Attempt = z.infer<typeof attemptSchema>;

/** One filter step of a selection round. */
const filterStepSchema = z.object({
  step: z.string(),
  kept: z.number(),
  dropped: z.array(z.object({ providerId: z.string(), providerName: z.string(), reason: z.string() })).catch([]),
});
export type FilterStep = z.infer<typeof filterStepSchema>;

/**
 * A governance rule that acted on the request: an error rule or rectifier on an upstream answer,
 * or a request filter, sensitive word, provider override or client version rule on the request.
 */
const ruleHitSchema = z.object({
  kind: z.string(),
  ruleId: z.string(),
  action: z.string(),
  providerId: z.string().optional().catch(undefined),
  detail: z.string().optional().catch(undefined),
});
export type RuleHitView = z.infer<typeof ruleHitSchema>;

export const decisionChainSchema = z
  .object({
    attempts: z.array(attemptSchema).catch([]),
    rounds: z.array(z.array(filterStepSchema)).catch([]),
    session: z.object({ id: z.string(), source: z.string() }).nullable().catch(null),
    /** Present when the billed model had no price and another model's price stood in for it. */
    pricing: z.object({ estimatedFrom: z.string() }).nullable().catch(null),
    /** Governance rules that touched the request, in the order they acted. */
    rules: z.array(ruleHitSchema).catch([]),
  })
  .catch({ attempts: [], rounds: [], session: null, pricing: null, rules: [] });
export type DecisionChain = z.infer<typeof decisionChainSchema>;

/** USD per part; each part already includes the provider's cost multiplier. */
export const COST_PARTS = [
  'inputUsd',
  'outputUsd',
  'cacheReadUsd',
  'cacheWrite5mUsd',
  'cacheWrite1hUsd',
  'requestUsd',
] as const;
export type CostPart = (typeof COST_PARTS)[number];
export const costBreakdownSchema = z.partialRecord(z.enum(COST_PARTS), z.string()).catch({});

/** `GET /admin/logs/{id}` with its JSON columns read: what a client shows. */
export const logDetailViewSchema = logDetailSchema.extend({
  costBreakdown: costBreakdownSchema,
  decisionChain: decisionChainSchema,
});
export type LogDetail = z.infer<typeof logDetailViewSchema>;
