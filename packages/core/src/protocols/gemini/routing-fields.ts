import type { JsonBody } from '../../json/json-body.js';
import type { Endpoint } from '../endpoint.js';
import type { RoutingFields, RoutingRefusal } from '../protocol-adapter.js';
import { isRoutingRefusal, readTokenLimit } from '../shared/read-routing-field.js';
import { isValidGeminiModelId, parseGeminiModelPath } from './model-path.js';

/** `generationConfig.maxOutputTokens` of a GenerateContentRequest (Gemini API and Code Assist's `request`). */
export function readGeminiMaxOutput(request: JsonBody | null): number | null | RoutingRefusal {
  const config = request?.field('generationConfig');
  return readTokenLimit(config?.get('maxOutputTokens'), 'generationConfig.maxOutputTokens');
}

/** The model comes from the path (validated), streaming from the method, max output from `generationConfig`. */
export function readGeminiRoutingFields(
  body: JsonBody,
  endpoint: Endpoint,
  path: string,
): RoutingFields | RoutingRefusal {
  const parsed = parseGeminiModelPath(path);
  if (!parsed || !isValidGeminiModelId(parsed.model)) {
    return { invalid: 'The model in the path must be a model id such as gemini-2.5-flash.' };
  }
  const maxOutputTokens = readGeminiMaxOutput(body);
  if (isRoutingRefusal(maxOutputTokens)) return maxOutputTokens;
  return { model: parsed.model, stream: endpoint.stream === 'always', maxOutputTokens };
}
