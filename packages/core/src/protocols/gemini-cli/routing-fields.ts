import type { JsonBody } from '../../json/json-body.js';
import type { Endpoint } from '../endpoint.js';
import { readGeminiMaxOutput } from '../gemini/routing-fields.js';
import type { RoutingFields, RoutingRefusal } from '../protocol-adapter.js';
import { isRoutingRefusal, readModel } from '../shared/read-routing-field.js';

/** Code Assist: `model` at the top, the GenerateContentRequest under `request`. */
export function readGeminiCliRoutingFields(body: JsonBody, endpoint: Endpoint): RoutingFields | RoutingRefusal {
  const model = readModel(body.get('model'), 'model', endpoint.kind !== 'auxiliary');
  if (isRoutingRefusal(model)) return model;
  const maxOutputTokens = readGeminiMaxOutput(body.field('request'));
  if (isRoutingRefusal(maxOutputTokens)) return maxOutputTokens;
  return { model, stream: endpoint.stream === 'always', maxOutputTokens };
}
