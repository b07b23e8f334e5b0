import { checkClientVersion, GatewayError, type RequestRules } from '@cch/core';
import { CONTINUE, type ProxyStep } from '../context.js';

export interface CheckClientVersionDeps {
  rules: () => RequestRules | undefined;
}

/**
 * After authenticate (rules may be per user group), before the body is read: a client below
 * its minimum version, or of a blocked one, is told in its own protocol which version to install.
 */
export function createCheckClientVersion(deps: CheckClientVersionDeps): ProxyStep {
  return {
    name: 'check-client-version',
    onRequest(ctx) {
      const rules = deps.rules()?.clientVersions;
      if (!rules || rules.length === 0 || !ctx.identity) return CONTINUE;
      const refusal = checkClientVersion(rules, ctx.request.userAgent, ctx.identity.group);
      if (!refusal) return CONTINUE;
      ctx.ruleHits.push({ kind: 'client_version', ruleId: refusal.ruleId, action: 'refused', detail: refusal.detail });
      const error = new GatewayError('client_outdated', { message: refusal.message, final: true });
      return { action: 'reply', error };
    },
  };
}
