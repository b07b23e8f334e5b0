import type { ProtocolId } from '../domain/protocol.js';
import type { Provider } from '../domain/provider.js';
import type { RuleHit } from '../scheduling/decision.js';
import { BodyEditor } from './body-editor.js';
import { applyProviderOverride } from './provider-overrides/apply-provider-override.js';
import { applyRequestFilters } from './request-filters/apply-request-filters.js';
import type { RequestRules } from './request-rules.js';
import type { UpstreamEdit } from './upstream-edit.js';

export interface UpstreamRequestParts {
  provider: Provider;
  userGroup: string;
  protocol: ProtocolId;
  headers: Record<string, string>;
  body: Buffer | null;
}

export interface RewrittenRequest {
  headers: Record<string, string>;
  /** The input buffer itself when no rule changed the body. */
  body: Buffer | null;
  hits: RuleHit[];
}

function hasFilterFor(rules: RequestRules): boolean {
  return rules.filters.length > 0;
}

/**
 * The provider's overrides, then the request filters in order, on one upstream request. When no
 * rule applies the headers and body come back untouched (the body is not even scanned).
 */
export function rewriteUpstreamRequest(rules: RequestRules, parts: UpstreamRequestParts): RewrittenRequest {
  const override = rules.overrideByProvider.get(parts.provider.id);
  if (!override && !hasFilterFor(rules)) return { headers: parts.headers, body: parts.body, hits: [] };
  const edit: UpstreamEdit = {
    provider: parts.provider,
    userGroup: parts.userGroup,
    protocol: parts.protocol,
    headers: { ...parts.headers },
    body: parts.body && parts.body.length > 0 ? new BodyEditor(parts.body) : null,
    hits: [],
  };
  if (override) applyProviderOverride(override, edit);
  applyRequestFilters(rules.filters, edit);
  return { headers: edit.headers, body: edit.body ? edit.body.finish() : parts.body, hits: edit.hits };
}
