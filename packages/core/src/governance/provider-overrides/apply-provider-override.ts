import { CONTEXT_1M_BETA, type ProviderOverrideSettings } from '@cch/contract';
import type { BodyEditor } from '../body-editor.js';
import { addToken, removeToken } from '../header-list.js';
import type { UpstreamEdit } from '../upstream-edit.js';
import { forceCacheTtl } from './force-cache-ttl.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The body field that bounds the output, by upstream protocol. */
const MAX_TOKENS_FIELDS: Record<UpstreamEdit['protocol'], readonly string[]> = {
  anthropic: ['max_tokens'],
  'openai-chat': ['max_tokens', 'max_completion_tokens'],
  'openai-responses': ['max_output_tokens'],
  gemini: ['generationConfig.maxOutputTokens'],
  'gemini-cli': ['request.generationConfig.maxOutputTokens'],
};

/** One change an override made: a short action and what it touched (values only when harmless). */
interface Done {
  action: string;
  detail?: string;
}

function readPath(body: BodyEditor, path: readonly string[]): unknown {
  let value: unknown = body.get(path[0]!);
  for (const key of path.slice(1)) value = isRecord(value) ? value[key] : undefined;
  return value;
}

function clampMaxTokens(body: BodyEditor, protocol: UpstreamEdit['protocol'], cap: number): Done[] {
  const did: Done[] = [];
  for (const field of MAX_TOKENS_FIELDS[protocol]) {
    const path = field.split('.');
    const value = readPath(body, path);
    if (typeof value === 'number' && value > cap && body.setPath(path, cap))
      did.push({ action: 'max_tokens_clamped', detail: `${field} to ${cap}` });
  }
  // a thinking budget must stay below max_tokens, or Anthropic refuses the request
  const budget = readPath(body, ['thinking', 'budget_tokens']);
  if (protocol === 'anthropic' && typeof budget === 'number' && budget >= cap) {
    body.setPath(['thinking', 'budget_tokens'], Math.max(1, cap - 1));
    did.push({ action: 'thinking_budget_lowered', detail: `to ${Math.max(1, cap - 1)}` });
  }
  return did;
}

function reasoning(body: BodyEditor, protocol: UpstreamEdit['protocol'], settings: ProviderOverrideSettings) {
  const did: Done[] = [];
  if (protocol === 'openai-responses') {
    if (settings.reasoningEffort && body.setPath(['reasoning', 'effort'], settings.reasoningEffort)) {
      did.push({ action: 'reasoning_set', detail: `reasoning.effort to ${settings.reasoningEffort}` });
    }
    if (settings.reasoningSummary && body.setPath(['reasoning', 'summary'], settings.reasoningSummary)) {
      did.push({ action: 'reasoning_set', detail: `reasoning.summary to ${settings.reasoningSummary}` });
    }
  } else if (protocol === 'openai-chat' && settings.reasoningEffort) {
    body.put('reasoning_effort', settings.reasoningEffort);
    did.push({ action: 'reasoning_set', detail: `reasoning_effort to ${settings.reasoningEffort}` });
  }
  return did;
}

function bodyOverrides(body: BodyEditor, protocol: UpstreamEdit['protocol'], settings: ProviderOverrideSettings) {
  const did = reasoning(body, protocol, settings);
  if (settings.maxTokensCap !== null) did.push(...clampMaxTokens(body, protocol, settings.maxTokensCap));
  if (protocol !== 'anthropic') return did;
  if (settings.cacheTtl !== null) {
    const count = forceCacheTtl(body, settings.cacheTtl);
    const breakpoints = `${count} breakpoint${count === 1 ? '' : 's'}`;
    if (count > 0) did.push({ action: 'cache_ttl_set', detail: `${settings.cacheTtl} on ${breakpoints}` });
  }
  const userId = settings.metadataUserId;
  if (userId?.mode === 'set' && body.setPath(['metadata', 'user_id'], userId.value))
    did.push({ action: 'user_id_set' });
  if (userId?.mode === 'strip' && body.removePath(['metadata', 'user_id'])) did.push({ action: 'user_id_removed' });
  return did;
}

/** Applies one provider's overrides; each change is named in the request's decision chain. */
export function applyProviderOverride(settings: ProviderOverrideSettings, edit: UpstreamEdit): void {
  const did: Done[] = [];
  if (edit.protocol === 'anthropic' && settings.context1m !== null) {
    const before = edit.headers['anthropic-beta'];
    const after =
      settings.context1m === 'add' ? addToken(before, CONTEXT_1M_BETA) : removeToken(before, CONTEXT_1M_BETA);
    if (after !== before) {
      if (after === undefined) delete edit.headers['anthropic-beta'];
      else edit.headers['anthropic-beta'] = after;
      did.push({ action: settings.context1m === 'add' ? 'beta_added' : 'beta_removed', detail: CONTEXT_1M_BETA });
    }
  }
  if (edit.body?.hasBody()) did.push(...bodyOverrides(edit.body, edit.protocol, settings));
  for (const done of did) {
    edit.hits.push({ kind: 'provider_override', ruleId: edit.provider.id, ...done, providerId: edit.provider.id });
  }
}
