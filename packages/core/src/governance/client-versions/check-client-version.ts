import { KNOWN_CLIENTS } from '@cch/contract';
import type { ClientVersionRuleRecord } from './client-version-rule.js';
import { compareVersions, parseClientVersion } from './parse-client-version.js';

export interface ClientVersionRefusal {
  ruleId: string;
  /** Readable, and names the version to install. */
  message: string;
  /** For the decision chain: the client, its version and why it was refused. */
  detail: string;
}

function installHint(rule: ClientVersionRuleRecord, version: string): string {
  return KNOWN_CLIENTS[rule.client].install.replace('{version}', version);
}

function refusalBy(rule: ClientVersionRuleRecord, version: string): ClientVersionRefusal | null {
  const label = KNOWN_CLIENTS[rule.client].label;
  if (rule.minVersion !== null && compareVersions(version, rule.minVersion) < 0) {
    return {
      ruleId: rule.id,
      detail: `${rule.client} ${version} (minimum ${rule.minVersion})`,
      message:
        `${label} ${version} is too old for this gateway: version ${rule.minVersion} or newer is required. ` +
        `Update with: ${installHint(rule, rule.minVersion)}`,
    };
  }
  if (rule.blockedVersions.some((blocked) => compareVersions(version, blocked) === 0)) {
    const target = rule.minVersion ?? 'latest';
    return {
      ruleId: rule.id,
      detail: `${rule.client} ${version} is blocked`,
      message:
        `${label} ${version} is blocked on this gateway. ` + `Install another version: ${installHint(rule, target)}`,
    };
  }
  return null;
}

/**
 * The first rule (global or for the caller's user group) that refuses the client named by the
 * User-Agent; null when the client is unknown or allowed.
 */
export function checkClientVersion(
  rules: readonly ClientVersionRuleRecord[],
  userAgent: string,
  group: string,
): ClientVersionRefusal | null {
  if (rules.length === 0) return null;
  const found = parseClientVersion(userAgent);
  if (!found) return null;
  for (const rule of rules) {
    if (!rule.enabled || rule.client !== found.client) continue;
    if (rule.scopeGroup !== null && rule.scopeGroup !== group) continue;
    const refusal = refusalBy(rule, found.version);
    if (refusal) return refusal;
  }
  return null;
}
