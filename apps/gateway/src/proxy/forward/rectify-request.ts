import {
  assignGeminiCallIds,
  correctThinkingBudget,
  NATIVE_PROTOCOL,
  PROTOCOLS,
  type Provider,
  readJsonBody,
  type RectifierSwitchboard,
  type RuleHit,
  stripThinkingFromHistory,
} from '@cch/core';
import type { ProxyContext } from '../context.js';
import type { PreparedRequest } from './prepare-request.js';

/** The prepared request with thinking blocks and signatures stripped from its history, or null. */
export function withoutThinking(prepared: PreparedRequest): PreparedRequest | null {
  const body = prepared.body && readJsonBody(prepared.body);
  const changes = body ? stripThinkingFromHistory(body) : null;
  return body && changes ? { ...prepared, body: body.withFields(changes) } : null;
}

function hit(provider: Provider, ruleId: string, action: string, detail: string): RuleHit {
  return { kind: 'rectifier', ruleId, action, providerId: provider.id, detail };
}

const STRIPPED = { action: 'stripped', detail: 'reasoning of other provider types' };

/**
 * A body going natively to its protocol's providers without the reasoning tokens converted turns
 * left in its history for other providers, and (Gemini) with the signature its newer models
 * require on calls other provider types answered (always on: the provider would refuse the
 * request). The same buffer when nothing needs changing, so nothing is re-serialised.
 */
export function withoutForeignReasoning(
  ctx: ProxyContext,
  provider: Provider,
  body: Buffer | null,
  upstreamModel: string | null,
): Buffer | null {
  const adapter = PROTOCOLS[ctx.endpoint.protocol];
  if (!adapter.stripForeignReasoning || body === null || ctx.body === null) return body;
  const doc = body === ctx.rawBody ? ctx.body.doc : readJsonBody(body);
  const changes = doc && adapter.stripForeignReasoning(doc, upstreamModel);
  if (!doc || !changes) return body;
  const { action, detail } = adapter.foreignReasoningHit ?? STRIPPED;
  ctx.ruleHits.push(hit(provider, 'foreign_reasoning', action, detail));
  return doc.withFields(changes);
}

/**
 * The request-side rectifiers for a provider that speaks the caller's protocol, each if switched
 * on for it: an impossible thinking budget corrected (Anthropic), Gemini function calls given
 * stable ids. Returns the body to send (the same buffer when nothing changed).
 */
export function rectifyRequest(
  ctx: ProxyContext,
  provider: Provider,
  body: Buffer | null,
  rectifiers: RectifierSwitchboard,
): Buffer | null {
  if (body === null || ctx.body === null) return body;
  const upstream = NATIVE_PROTOCOL[provider.type];
  const doc = body === ctx.rawBody ? ctx.body.doc : readJsonBody(body);
  if (!doc) return body;
  if (upstream === 'anthropic' && rectifiers.isOn('thinking_budget', provider.id)) {
    const correction = correctThinkingBudget(doc);
    if (correction) {
      ctx.ruleHits.push(hit(provider, 'thinking_budget', 'budget_corrected', correction.detail));
      return doc.withFields(correction.changes);
    }
  }
  if (upstream === 'gemini' && rectifiers.isOn('gemini_call_ids', provider.id)) {
    const assigned = assignGeminiCallIds(doc);
    if (assigned) {
      ctx.ruleHits.push(hit(provider, 'gemini_call_ids', 'ids_assigned', `${assigned.assigned} ids`));
      return doc.withFields(assigned.changes);
    }
  }
  return body;
}
