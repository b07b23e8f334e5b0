import type { Endpoint } from '../endpoint.js';
import { type GeminiMethod, geminiModelPath, parseGeminiModelPath } from './model-path.js';

const METHOD_TRAITS = {
  generateContent: { slug: 'generate_content', kind: 'generate', stream: 'never' },
  streamGenerateContent: { slug: 'stream_generate_content', kind: 'generate', stream: 'always' },
  countTokens: { slug: 'count_tokens', kind: 'count_tokens', stream: 'never' },
} as const satisfies Record<GeminiMethod, { slug: string } & Required<Pick<Endpoint, 'kind' | 'stream'>>>;

function modelEndpoint(method: GeminiMethod): Endpoint {
  const { slug, kind, stream } = METHOD_TRAITS[method];
  return {
    id: `gemini.${slug}`,
    protocol: 'gemini',
    kind,
    method: 'POST',
    url: '/v1beta/models/*',
    modelIn: 'path',
    stream,
    upstreamPath: ({ clientPath, model }) => {
      const parsed = parseGeminiModelPath(clientPath);
      return geminiModelPath(parsed?.version ?? '/v1beta', model ?? parsed?.model ?? '', method);
    },
  };
}

/** `POST /v1beta/models/{model}:{method}` (also `/v1`): the model is in the path, streaming follows the method. */
export const GEMINI_ENDPOINTS = {
  generateContent: modelEndpoint('generateContent'),
  streamGenerateContent: modelEndpoint('streamGenerateContent'),
  countTokens: modelEndpoint('countTokens'),
} satisfies Record<GeminiMethod, Endpoint>;
