import type { Endpoint } from '../endpoint.js';
import { type GeminiMethod, isGeminiMethod } from '../gemini/model-path.js';

const METHOD_TRAITS = {
  generateContent: { slug: 'generate_content', kind: 'generate', stream: 'never' },
  streamGenerateContent: { slug: 'stream_generate_content', kind: 'generate', stream: 'always' },
  countTokens: { slug: 'count_tokens', kind: 'count_tokens', stream: 'never' },
} as const satisfies Record<GeminiMethod, { slug: string } & Required<Pick<Endpoint, 'kind' | 'stream'>>>;

const PREFIX = '/v1internal:';
/** Code Assist method names: letters only (loadCodeAssist, onboardUser, retrieveUserQuota …). */
const METHOD_NAME = /^[A-Za-z]{1,64}$/;

/** The method of `/v1internal:{method}` when the path has exactly that shape. */
export function codeAssistMethod(path: string): string | null {
  if (!path.startsWith(PREFIX)) return null;
  const method = path.slice(PREFIX.length);
  return METHOD_NAME.test(method) ? method : null;
}

function methodEndpoint(method: GeminiMethod): Endpoint {
  const { slug, kind, stream } = METHOD_TRAITS[method];
  return {
    id: `gemini-cli.${slug}`,
    protocol: 'gemini-cli',
    kind,
    method: 'POST',
    url: '/v1internal*',
    stream,
    upstreamPath: () => `${PREFIX}${method}`,
  };
}

/** `POST /v1internal:{method}` (Gemini CLI signed in with Google, Code Assist): the model is in the body. */
export const GEMINI_CLI_ENDPOINTS = {
  generateContent: methodEndpoint('generateContent'),
  streamGenerateContent: methodEndpoint('streamGenerateContent'),
  countTokens: methodEndpoint('countTokens'),
  /** loadCodeAssist, onboardUser, listExperiments, retrieveUserQuota …: forwarded, not billed. */
  auxiliary: {
    id: 'gemini-cli.auxiliary',
    protocol: 'gemini-cli',
    kind: 'auxiliary',
    method: 'POST',
    url: '/v1internal*',
    stream: 'never',
    upstreamPath: ({ clientPath }) => `${PREFIX}${codeAssistMethod(clientPath) ?? 'unknown'}`,
  } satisfies Endpoint,
};

/** The endpoint of `/v1internal:{method}`, or null when the path is not of that shape. */
export function resolveCodeAssistEndpoint(path: string): Endpoint | null {
  const method = codeAssistMethod(path);
  if (method === null) return null;
  return isGeminiMethod(method) ? GEMINI_CLI_ENDPOINTS[method] : GEMINI_CLI_ENDPOINTS.auxiliary;
}
