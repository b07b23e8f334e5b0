import { UnsupportedFeatureError } from '../../ir/errors.js';

/** Where a refused Responses feature would have had to go: any provider of another protocol. */
export const OTHER_PROTOCOLS = 'non-Responses';

/**
 * The one list of Responses request fields and items that do not reach the IR.
 *
 * Refused (`UnsupportedFeatureError`, a 400 in the Responses shape): they need state or work on
 * OpenAI's side that a converted provider does not have, so dropping them would change the answer.
 * The gateway converts without state: a stored response or conversation cannot be looked up.
 */
export const REFUSED_REQUEST_FIELDS: Readonly<Record<string, string>> = {
  previous_response_id:
    'Continuing a stored response (previous_response_id; the gateway keeps no responses: send the whole ' +
    'conversation in input, with store: false)',
  conversation: 'A stored conversation (conversation)',
  prompt: 'A stored prompt template (prompt)',
  background: 'A background response (background)',
  max_tool_calls: 'A cap on built-in tool calls (max_tool_calls)',
};

/**
 * Tools, decided by type:
 * - `function`: converted (`strict` kept; Responses' default of strict is written out on the way back).
 * - `web_search` / `web_search_preview` (Codex always offers it): dropped. It is a capability OpenAI
 *   runs on its servers; the converted model answers without searching. `web_search_call` items
 *   of earlier turns are dropped too (what was found is in the assistant's text that follows).
 * - `namespace` (Codex's sub-agent tools, `multi_agent_v1`): dropped, the model works without
 *   sub-agents. Its calls carry a `namespace` that no other protocol can send back.
 * - Everything else (`custom` freeform tools such as `apply_patch`, `local_shell`, `shell`,
 *   `apply_patch`, `file_search`, `code_interpreter`, `computer_use_preview`, `image_generation`,
 *   `mcp`): refused by name. Their calls are item types of their own (`custom_tool_call`,
 *   `local_shell_call` …) that an answer converted from another protocol cannot produce.
 */
export const DROPPED_TOOL_TYPES: ReadonlySet<string> = new Set(['web_search', 'web_search_preview', 'namespace']);

/**
 * Dropped as advisory: losing them changes nothing the user sees in the answer.
 * - `store`: a converted answer is never stored (the answer says `store: false`).
 * - `include`: extra output (encrypted reasoning is always sent back with the reasoning item).
 * - `metadata`, `client_metadata`, `service_tier`, `truncation`, `stream_options`, `top_logprobs`,
 *   `text.verbosity`, `reasoning.generate_summary`: accounting, transport and length hints.
 */
export const ADVISORY_REQUEST_FIELDS = [
  'store',
  'include',
  'metadata',
  'client_metadata',
  'service_tier',
  'truncation',
  'stream_options',
  'top_logprobs',
] as const;

export function refuseStatefulFields(body: Record<string, unknown>): void {
  for (const [field, feature] of Object.entries(REFUSED_REQUEST_FIELDS)) {
    const value = body[field];
    if (value !== undefined && value !== null && value !== false)
      throw new UnsupportedFeatureError(feature, OTHER_PROTOCOLS);
  }
}
