import type { ErrorRuleRecord } from '../../db/queries/error-rules.js';

/** An enabled rule with its conditions prepared for matching (the regex compiled once, on reload). */
export interface CompiledErrorRule {
  rule: ErrorRuleRecord;
  statuses: ReadonlySet<number>;
  errorTypes: ReadonlySet<string>;
  providerIds: ReadonlySet<string>;
  exactModels: ReadonlySet<string>;
  modelPrefixes: readonly string[];
  pattern: RegExp | null;
}

function compilePattern(source: string | null): RegExp | null | 'invalid' {
  if (source === null) return null;
  try {
    return new RegExp(source, 'i');
  } catch {
    return 'invalid';
  }
}

/**
 * The enabled rules in the order they are tried (priority, then name). A rule whose pattern does
 * not compile (the API refuses those; a hand-edited row might not) is left out rather than
 * matching everything.
 */
export function compileErrorRules(rules: readonly ErrorRuleRecord[]): CompiledErrorRule[] {
  const compiled: CompiledErrorRule[] = [];
  const ordered = [...rules].sort((a, b) => a.priority - b.priority || a.name.localeCompare(b.name));
  for (const rule of ordered) {
    if (!rule.enabled) continue;
    const pattern = compilePattern(rule.match.pattern);
    if (pattern === 'invalid') continue;
    const models = rule.match.models;
    compiled.push({
      rule,
      statuses: new Set(rule.match.statuses),
      errorTypes: new Set(rule.match.errorTypes.map((type) => type.toLowerCase())),
      providerIds: new Set(rule.match.providerIds),
      exactModels: new Set(models.filter((model) => !model.endsWith('*'))),
      modelPrefixes: models.filter((model) => model.endsWith('*')).map((model) => model.slice(0, -1)),
      pattern,
    });
  }
  return compiled;
}
