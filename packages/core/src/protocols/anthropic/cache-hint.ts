import type { IrCacheHint } from '../../ir/ir-content.js';

/** `cache_control` as the Messages API writes it: `{type: "ephemeral", ttl?: "5m" | "1h"}`. */
export interface WireCacheControl {
  type: 'ephemeral';
  ttl?: '5m' | '1h' | undefined;
}

/** A cache breakpoint; a missing `ttl` is Anthropic's default, five minutes. */
export function cacheHintToIr(control: WireCacheControl | null | undefined): { cache?: IrCacheHint } {
  return control ? { cache: { ttl: control.ttl ?? '5m' } } : {};
}

/** The breakpoint back; five minutes is written without `ttl`, as Claude Code sends it. */
export function cacheControlFromIr(hint: IrCacheHint | undefined): { cache_control?: WireCacheControl } {
  if (!hint) return {};
  return { cache_control: hint.ttl === '1h' ? { type: 'ephemeral', ttl: '1h' } : { type: 'ephemeral' } };
}
