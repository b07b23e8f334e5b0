import type { ProviderOverrideSettings } from '@cch/contract';
import type { ClientVersionRuleRecord } from './client-versions/client-version-rule.js';
import type { ProviderOverrideRecord } from './provider-overrides/provider-override.js';
import type { RequestFilterRule } from './request-filters/request-filter.js';
import type { SensitiveWordRule } from './sensitive-words/sensitive-word.js';
import { compileSensitiveWords, type SensitiveWordMatcher } from './sensitive-words/sensitive-word-matcher.js';

/** The governance rules as stored, loaded with the rest of the config. */
export interface RequestRuleRecords {
  filters: RequestFilterRule[];
  sensitiveWords: SensitiveWordRule[];
  overrides: ProviderOverrideRecord[];
  clientVersions: ClientVersionRuleRecord[];
}

/** The same rules ready for the hot path: enabled only, in order, regexes compiled. */
export interface RequestRules {
  filters: readonly RequestFilterRule[];
  sensitiveWords: SensitiveWordMatcher;
  overrideByProvider: ReadonlyMap<string, ProviderOverrideSettings>;
  clientVersions: readonly ClientVersionRuleRecord[];
}

export function compileRequestRules(
  records: RequestRuleRecords,
  onSkippedWord?: (rule: SensitiveWordRule, reason: string) => void,
): RequestRules {
  return {
    filters: records.filters
      .filter((rule) => rule.enabled)
      .sort((a, b) => a.position - b.position || a.createdAt.getTime() - b.createdAt.getTime()),
    sensitiveWords: compileSensitiveWords(records.sensitiveWords, onSkippedWord),
    overrideByProvider: new Map(records.overrides.map((o) => [o.providerId, o.settings])),
    clientVersions: records.clientVersions.filter((rule) => rule.enabled),
  };
}

export const NO_REQUEST_RULES: RequestRules = compileRequestRules({
  filters: [],
  sensitiveWords: [],
  overrides: [],
  clientVersions: [],
});
