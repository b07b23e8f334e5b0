import type { ProviderType } from '../domain/protocol.js';
import { UPSTREAMS } from './upstream-descriptor.js';

/** A path that would leave the provider's base URL (dot-segments, encoded or not, or another origin). */
export class UpstreamUrlError extends Error {
  constructor() {
    super('The request path would leave the provider base URL.');
    this.name = 'UpstreamUrlError';
  }
}

function stripVersionSuffix(type: ProviderType, base: string, pathAndQuery: string): string {
  for (const suffix of UPSTREAMS[type].versionSuffixes) {
    const next = pathAndQuery.charAt(suffix.length);
    if (base.endsWith(suffix) && pathAndQuery.startsWith(suffix) && (next === '/' || next === ':')) {
      return base.slice(0, -suffix.length);
    }
  }
  return base;
}

/**
 * Joins a provider base URL and a path. Base URLs with or without a trailing version segment
 * both work: `https://api.anthropic.com` and `https://api.anthropic.com/v1` give the same
 * `…/v1/messages`. The result must stay under the base URL: same origin, the base path as a
 * prefix, no dot-segment anywhere (decoded or not); otherwise `UpstreamUrlError`.
 */
export function buildUpstreamUrl(type: ProviderType, baseUrl: string, pathAndQuery: string): URL {
  const base = stripVersionSuffix(type, baseUrl.replace(/\/+$/, ''), pathAndQuery);
  const root = new URL(base);
  const joined = new URL(base + pathAndQuery);
  const query = pathAndQuery.indexOf('?');
  const rawPath = query < 0 ? pathAndQuery : pathAndQuery.slice(0, query);
  const climbs = /(^|\/)\.{1,2}(\/|$)/.test(safeDecode(rawPath)) || /%2e|%2f|%5c|\\/i.test(rawPath);
  const basePath = root.pathname.replace(/\/+$/, '');
  const inside = joined.origin === root.origin && joined.pathname.startsWith(`${basePath}/`);
  if (climbs || !inside) throw new UpstreamUrlError();
  return joined;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
