import { providerGroups } from '../../scheduling/filter-candidates.js';
import type { UpstreamEdit } from '../upstream-edit.js';
import type { RequestFilterRule } from './request-filter.js';

function applies(rule: RequestFilterRule, edit: UpstreamEdit): boolean {
  switch (rule.scope) {
    case 'global':
      return true;
    case 'provider':
      return rule.scopeValue === edit.provider.id;
    case 'provider_group':
      return rule.scopeValue !== null && providerGroups(edit.provider).includes(rule.scopeValue);
    case 'user_group':
      return rule.scopeValue === edit.userGroup;
  }
}

function headerValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

interface Done {
  action: 'header_set' | 'header_removed' | 'body_set' | 'body_removed';
  /** The header name or body path (never the value). */
  detail: string;
}

/** What the rule did, or null when it found nothing to do (a removal of an absent field). */
function apply(rule: RequestFilterRule, edit: UpstreamEdit): Done | null {
  if (rule.target === 'header') {
    const name = rule.path.toLowerCase();
    if (rule.action === 'set') {
      edit.headers[name] = headerValue(rule.value);
      return { action: 'header_set', detail: name };
    }
    if (!(name in edit.headers)) return null;
    delete edit.headers[name];
    return { action: 'header_removed', detail: name };
  }
  if (!edit.body) return null;
  const path = rule.path.split('.');
  if (rule.action === 'set') {
    return edit.body.setPath(path, rule.value) ? { action: 'body_set', detail: rule.path } : null;
  }
  return edit.body.removePath(path) ? { action: 'body_removed', detail: rule.path } : null;
}

/** Runs the enabled filters (already in order) that apply to this provider and user group. */
export function applyRequestFilters(rules: readonly RequestFilterRule[], edit: UpstreamEdit): void {
  for (const rule of rules) {
    if (!rule.enabled || !applies(rule, edit)) continue;
    const done = apply(rule, edit);
    if (done) edit.hits.push({ kind: 'request_filter', ruleId: rule.id, ...done, providerId: edit.provider.id });
  }
}
