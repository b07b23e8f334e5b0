import type { ModelRedirect } from '../domain/provider.js';

const compiledPatterns = new Map<string, RegExp | null>();

function compile(pattern: string): RegExp | null {
  let compiled = compiledPatterns.get(pattern);
  if (compiled === undefined) {
    try {
      compiled = new RegExp(pattern);
    } catch {
      compiled = null;
    }
    compiledPatterns.set(pattern, compiled);
  }
  return compiled;
}

function matches(rule: ModelRedirect, model: string): boolean {
  switch (rule.match) {
    case 'exact':
      return rule.pattern === model;
    case 'prefix':
      return model.startsWith(rule.pattern);
    case 'regex':
      return compile(rule.pattern)?.test(model) ?? false;
  }
}

/** The upstream model for `model` after the first matching rule; unchanged when none matches. */
export function redirectModel(rules: readonly ModelRedirect[], model: string): string {
  for (const rule of rules) {
    if (!matches(rule, model)) continue;
    if (rule.match === 'regex') {
      const regex = compile(rule.pattern);
      return regex ? model.replace(regex, rule.target) : model;
    }
    return rule.target;
  }
  return model;
}

export function isValidRedirectPattern(rule: ModelRedirect): boolean {
  return rule.match !== 'regex' || compile(rule.pattern) !== null;
}
