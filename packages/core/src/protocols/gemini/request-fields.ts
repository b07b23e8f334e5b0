import { UnsupportedFeatureError } from '../../ir/errors.js';
import { OTHER_PROTOCOLS } from './media-to-ir.js';

/**
 * The one list of GenerateContentRequest fields that do not reach the IR.
 *
 * Refused (`UnsupportedFeatureError`): dropping them would change the answer.
 */
export const REFUSED_REQUEST_FIELDS: Readonly<Record<string, string>> = {
  cachedContent: 'A cached content reference (cachedContent)',
};
export const REFUSED_GENERATION_FIELDS: Readonly<Record<string, string>> = {
  responseLogprobs: 'Log probabilities (responseLogprobs)',
  logprobs: 'Log probabilities (logprobs)',
  speechConfig: 'Spoken answers (speechConfig)',
  imageConfig: 'Generated images (imageConfig)',
};
/** Google's server-side tools, which only a Gemini provider runs. */
export const REFUSED_TOOL_FIELDS: Readonly<Record<string, string>> = {
  googleSearch: 'The Google Search tool',
  googleSearchRetrieval: 'The Google Search retrieval tool',
  codeExecution: 'The code execution tool',
  urlContext: 'The URL context tool',
  retrieval: 'The retrieval tool',
  fileSearch: 'The file search tool',
  googleMaps: 'The Google Maps tool',
  computerUse: 'The computer use tool',
  enterpriseWebSearch: 'The enterprise web search tool',
};

/**
 * Dropped as advisory: losing them changes nothing the user sees in the answer.
 * - `safetySettings`: the other provider applies its own policy (its refusals come back as such).
 * - `generationConfig.presencePenalty`, `frequencyPenalty`, `seed`, `mediaResolution`: sampling
 *   and input hints no other target honours the same way.
 * - `labels`, `session_id` (Code Assist), `model` inside the request: billing tags and routing.
 */
export const ADVISORY_REQUEST_FIELDS = ['safetySettings', 'labels', 'session_id'] as const;

function refuse(record: Record<string, unknown> | undefined, table: Readonly<Record<string, string>>): void {
  if (!record) return;
  for (const [field, feature] of Object.entries(table)) {
    if (record[field] !== undefined && record[field] !== null && record[field] !== false)
      throw new UnsupportedFeatureError(feature, OTHER_PROTOCOLS);
  }
}

export function refuseServerSideFields(
  body: Record<string, unknown>,
  generationConfig: Record<string, unknown> | undefined,
  tools: readonly Record<string, unknown>[],
): void {
  refuse(body, REFUSED_REQUEST_FIELDS);
  refuse(generationConfig, REFUSED_GENERATION_FIELDS);
  for (const tool of tools) refuse(tool, REFUSED_TOOL_FIELDS);
}
