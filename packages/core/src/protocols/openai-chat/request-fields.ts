import { UnsupportedFeatureError } from '../../ir/errors.js';

/** Where a refused Chat Completions feature would have had to go: any provider of another protocol. */
export const NON_CHAT = 'non-OpenAI-chat';

/**
 * The one list of Chat Completions request fields that do not reach the IR.
 *
 * Refused (`UnsupportedFeatureError`) when set: the client expects something in the answer that no
 * other protocol's provider gives (several choices, log probabilities, audio, web search, a
 * predicted output to diff against).
 */
const REFUSED: Readonly<Record<string, (value: unknown) => boolean>> = {
  n: (value) => typeof value === 'number' && value > 1,
  logprobs: (value) => value === true,
  top_logprobs: (value) => typeof value === 'number' && value > 0,
  audio: (value) => value !== null,
  modalities: (value) => Array.isArray(value) && value.some((modality) => modality !== 'text'),
  web_search_options: (value) => value !== null,
};

const REFUSED_NAMES: Readonly<Record<string, string>> = {
  n: 'Several choices (n > 1)',
  logprobs: 'Log probabilities (logprobs)',
  top_logprobs: 'Log probabilities (top_logprobs)',
  audio: 'Audio output (audio)',
  modalities: 'Audio output (modalities)',
  web_search_options: 'Web search (web_search_options)',
};

/**
 * Dropped as advisory: losing them changes nothing the user relies on in the answer.
 * - `frequency_penalty`, `presence_penalty`, `logit_bias`, `seed`: sampling nudges other
 *   protocols do not have (Gemini has penalties but Anthropic does not; the answer stays valid).
 * - `store`, `metadata`, `service_tier`, `prediction`, `verbosity`: OpenAI platform storage,
 *   tags, routing and latency hints.
 * - `stream_options`: usage is always reported at the end of a converted stream.
 * - `name` on a message (a participant's name): other protocols have one user and one assistant.
 * Legacy function calling (`functions`, `function_call`, `function` messages) is refused in
 * `request-to-ir.ts`: its calls have no ids to pair results with.
 */
export const ADVISORY_REQUEST_FIELDS = [
  'frequency_penalty',
  'presence_penalty',
  'logit_bias',
  'seed',
  'store',
  'metadata',
  'service_tier',
  'prediction',
  'verbosity',
  'stream_options',
] as const;

export function refuseChatOnlyFields(body: Record<string, unknown>): void {
  for (const [field, refused] of Object.entries(REFUSED)) {
    const value = body[field];
    if (value !== undefined && value !== null && refused(value))
      throw new UnsupportedFeatureError(REFUSED_NAMES[field] ?? field, NON_CHAT);
  }
}
