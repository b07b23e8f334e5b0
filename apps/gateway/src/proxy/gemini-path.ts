import type { Endpoint } from './endpoints.js';

/** The model methods of the Gemini API, shared by Code Assist (`/v1internal:{method}`). */
export type GeminiMethod = 'generateContent' | 'streamGenerateContent' | 'countTokens';

const METHOD_TRAITS = {
  generateContent: { slug: 'generate_content', kind: 'generate', stream: 'never' },
  streamGenerateContent: { slug: 'stream_generate_content', kind: 'generate', stream: 'always' },
  countTokens: { slug: 'count_tokens', kind: 'count_tokens', stream: 'never' },
} as const satisfies Record<GeminiMethod, { slug: string } & Required<Pick<Endpoint, 'kind' | 'stream'>>>;

export function isGeminiMethod(method: string): method is GeminiMethod {
  return Object.hasOwn(METHOD_TRAITS, method);
}

/** `POST /v1beta/models/{model}:{method}` (also under `/v1`): the model is in the path, streaming follows the method. */
export const GEMINI_ENDPOINTS = Object.fromEntries(
  Object.entries(METHOD_TRAITS).map(([method, { slug, kind, stream }]) => [
    method,
    { id: `gemini.${slug}`, protocol: 'gemini', kind, method: 'POST', url: '/v1beta/models/*', modelFrom: 'gemini-path', stream } satisfies Endpoint,
  ]),
) as Record<GeminiMethod, Endpoint>; // built from METHOD_TRAITS, which has every GeminiMethod

/** `POST /v1internal:{method}` (Gemini CLI, Code Assist): the model is in the body's `model`. */
export const CODE_ASSIST_ENDPOINTS = Object.fromEntries(
  Object.entries(METHOD_TRAITS).map(([method, { slug, kind, stream }]) => [
    method,
    { id: `gemini-cli.${slug}`, protocol: 'gemini-cli', kind, method: 'POST', url: '/v1internal*', stream } satisfies Endpoint,
  ]),
) as Record<GeminiMethod, Endpoint>; // as above

/** loadCodeAssist, onboardUser, listExperiments, retrieveUserQuota …: forwarded, not billed. */
export const CODE_ASSIST_AUXILIARY: Endpoint = { id: 'gemini-cli.auxiliary', protocol: 'gemini-cli', kind: 'auxiliary', method: 'POST', url: '/v1internal*', stream: 'never' };

export interface GeminiModelPath {
  model: string;
  method: string;
  /** Where the (encoded) model sits in the URL, for rewriting it. */
  start: number;
  end: number;
}

const MODELS_SEGMENT = '/models/';

/** Finds `{model}:{method}` after `/models/` in a path (with or without a query); null if absent. */
export function parseGeminiModelPath(url: string): GeminiModelPath | null {
  const queryStart = url.indexOf('?');
  const pathname = queryStart < 0 ? url : url.slice(0, queryStart);
  const segment = pathname.indexOf(MODELS_SEGMENT);
  if (segment < 0) return null;
  const start = segment + MODELS_SEGMENT.length;
  const colon = pathname.lastIndexOf(':');
  if (colon <= start) return null;
  let model: string;
  try {
    model = decodeURIComponent(pathname.slice(start, colon));
  } catch {
    return null;
  }
  return model.length === 0 ? null : { model, method: pathname.slice(colon + 1), start, end: colon };
}

/** The Gemini endpoint a `models/{model}:{method}` URL is for, or null for an unknown method. */
export function resolveGeminiEndpoint(url: string): Endpoint | null {
  const parsed = parseGeminiModelPath(url);
  return parsed && isGeminiMethod(parsed.method) ? GEMINI_ENDPOINTS[parsed.method] : null;
}

const CODE_ASSIST_METHOD = /^[A-Za-z]+$/;

/** The Code Assist endpoint of `/v1internal:{method}`, or null when the path is not of that shape. */
export function resolveCodeAssistEndpoint(url: string): Endpoint | null {
  const pathname = url.split('?', 1)[0] ?? '';
  if (!pathname.startsWith('/v1internal:')) return null;
  const method = pathname.slice('/v1internal:'.length);
  if (isGeminiMethod(method)) return CODE_ASSIST_ENDPOINTS[method];
  return CODE_ASSIST_METHOD.test(method) ? CODE_ASSIST_AUXILIARY : null;
}

/** The same URL with another model in its `models/{model}:` segment (model redirects apply to the path). */
export function withGeminiModel(url: string, model: string): string {
  const parsed = parseGeminiModelPath(url);
  if (!parsed) return url;
  return url.slice(0, parsed.start) + encodeURIComponent(model) + url.slice(parsed.end);
}
