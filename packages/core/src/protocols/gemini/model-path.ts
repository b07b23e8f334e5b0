/** The model methods of the Gemini API, shared by Code Assist (`/v1internal:{method}`). */
export type GeminiMethod = 'generateContent' | 'streamGenerateContent' | 'countTokens';

export const GEMINI_METHODS: readonly GeminiMethod[] = ['generateContent', 'streamGenerateContent', 'countTokens'];

export function isGeminiMethod(method: string): method is GeminiMethod {
  return (GEMINI_METHODS as readonly string[]).includes(method);
}

/** Model ids as Google names them (`gemini-2.5-flash`, `gemini-2.0-flash-001` …): no slashes, no dot-segments. */
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function isValidGeminiModelId(model: string): boolean {
  return MODEL_ID.test(model) && !model.includes('..');
}

export interface GeminiModelPath {
  /** `/v1beta` or `/v1`. */
  version: string;
  /** Decoded; not yet validated (see `isValidGeminiModelId`). */
  model: string;
  method: string;
}

const PATH = /^(\/v1beta|\/v1)\/models\/([^/?]+)$/;

/** Splits `/v1beta/models/{model}:{method}` (path only, no query); null when the path has another shape. */
export function parseGeminiModelPath(path: string): GeminiModelPath | null {
  const match = PATH.exec(path);
  if (!match) return null;
  const [, version, last] = match as unknown as [string, string, string]; // both groups always take part
  const colon = last.lastIndexOf(':');
  if (colon <= 0) return null;
  let model: string;
  try {
    model = decodeURIComponent(last.slice(0, colon));
  } catch {
    return null;
  }
  return { version, model, method: last.slice(colon + 1) };
}

/** The same call on another model, from validated parts only. */
export function geminiModelPath(version: string, model: string, method: string): string {
  return `${version}/models/${encodeURIComponent(model)}:${method}`;
}
