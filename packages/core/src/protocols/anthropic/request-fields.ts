import { UnsupportedFeatureError } from '../../ir/errors.js';
import { OTHER_PROTOCOLS } from './media-to-ir.js';

/**
 * The one list of Messages request fields that do not reach the IR.
 *
 * Refused (`UnsupportedFeatureError`): they make an Anthropic provider do work on the server
 * that no other provider does, so dropping them would change the answer.
 */
export const REFUSED_REQUEST_FIELDS: Readonly<Record<string, string>> = {
  container: 'A code-execution container (container)',
  mcp_servers: 'Remote MCP servers (mcp_servers)',
};

/**
 * Dropped as advisory: losing them changes nothing the user sees in the answer.
 * - `context_management`: server-side clearing of old tool results / thinking to save context;
 *   other providers get the whole history (Claude Code sends `clear_thinking` with `keep: all`).
 * - `cache_control` (top level and on blocks, toward other protocols): prompt-cache breakpoints;
 *   other providers cache on their own. The IR keeps block-level hints for Anthropic targets.
 * - `service_tier`, `speed`, `inference_geo`, `diagnostics`, `user_profile_id`, `workspace_id`:
 *   routing, latency and accounting hints of Anthropic's own API.
 * - `citations` (document settings, and citations on text blocks of earlier turns): annotations
 *   of where text came from; the text itself is kept.
 * - On tools: `eager_input_streaming` (transport), `defer_loading` (the tool is simply always
 *   present), `allowed_callers` (only for code execution, which is refused),
 *   `input_examples` (examples; the schema still binds the call).
 * - `thinking.display: "summarized"` (the default where it matters), and Claude's `xhigh` / `max`
 *   efforts read as `high`, the IR's highest (see `effort-budget.ts`).
 */
export const ADVISORY_REQUEST_FIELDS = [
  'context_management',
  'cache_control',
  'service_tier',
  'speed',
  'inference_geo',
  'diagnostics',
  'user_profile_id',
  'workspace_id',
] as const;

export function refuseServerSideFields(body: Record<string, unknown>): void {
  for (const [field, feature] of Object.entries(REFUSED_REQUEST_FIELDS)) {
    if (body[field] !== undefined && body[field] !== null) throw new UnsupportedFeatureError(feature, OTHER_PROTOCOLS);
  }
}
