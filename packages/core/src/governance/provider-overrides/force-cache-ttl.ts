import type { CacheTtl } from '@cch/contract';
import type { BodyEditor } from '../body-editor.js';

/** Fields of an Anthropic request whose blocks may carry a `cache_control` breakpoint. */
const CACHEABLE_FIELDS = ['system', 'messages', 'tools'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Sets the TTL on every breakpoint under `value` (in place); the number it set. */
function setTtl(value: unknown, ttl: CacheTtl): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + setTtl(item, ttl), 0);
  if (!isRecord(value)) return 0;
  let count = 0;
  const control = value['cache_control'];
  if (isRecord(control) && control['ttl'] !== ttl) {
    control['ttl'] = ttl;
    count++;
  }
  const content = value['content'];
  if (Array.isArray(content)) count += setTtl(content, ttl);
  return count;
}

/**
 * Forces the prompt-cache TTL on every `cache_control` breakpoint (system, messages, tools, and
 * the top-level one of automatic caching). The fields are parsed only when the body names
 * `cache_control` at all. Returns how many breakpoints changed.
 */
export function forceCacheTtl(body: BodyEditor, ttl: CacheTtl): number {
  if (!body.contains('"cache_control"')) return 0;
  let count = 0;
  for (const field of CACHEABLE_FIELDS) {
    const value = body.get(field);
    if (!Array.isArray(value)) continue;
    const copy = structuredClone(value);
    const changed = setTtl(copy, ttl);
    if (changed > 0) body.put(field, copy);
    count += changed;
  }
  const top = body.get('cache_control');
  if (isRecord(top) && top['ttl'] !== ttl) {
    body.put('cache_control', { ...top, ttl });
    count++;
  }
  return count;
}
