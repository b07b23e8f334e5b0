import type { JsonBody } from '../../json/json-body.js';
import type { Endpoint } from '../endpoint.js';
import type { RoutingFields, RoutingRefusal } from '../protocol-adapter.js';
import { isRoutingRefusal, readFlag, readModel, readTokenLimit } from '../shared/read-routing-field.js';

/** Responses: `model`, `stream`, `max_output_tokens`. */
export function readOpenAiResponsesRoutingFields(body: JsonBody, endpoint: Endpoint): RoutingFields | RoutingRefusal {
  const model = readModel(body.get('model'), 'model', endpoint.kind === 'generate');
  if (isRoutingRefusal(model)) return model;
  const stream = readFlag(body.get('stream'), 'stream');
  if (isRoutingRefusal(stream)) return stream;
  const maxOutputTokens = readTokenLimit(body.get('max_output_tokens'), 'max_output_tokens');
  if (isRoutingRefusal(maxOutputTokens)) return maxOutputTokens;
  return { model, stream: endpoint.kind === 'generate' && stream, maxOutputTokens };
}
