import type { JsonBody } from '../../json/json-body.js';
import type { Endpoint } from '../endpoint.js';
import type { RoutingFields, RoutingRefusal } from '../protocol-adapter.js';
import { isRoutingRefusal, readFlag, readModel, readTokenLimit } from '../shared/read-routing-field.js';

/** Messages: `model`, `stream`, `max_tokens`. */
export function readAnthropicRoutingFields(body: JsonBody, endpoint: Endpoint): RoutingFields | RoutingRefusal {
  const model = readModel(body.get('model'), 'model', endpoint.kind !== 'auxiliary');
  if (isRoutingRefusal(model)) return model;
  const stream = readFlag(body.get('stream'), 'stream');
  if (isRoutingRefusal(stream)) return stream;
  const maxOutputTokens = readTokenLimit(body.get('max_tokens'), 'max_tokens');
  if (isRoutingRefusal(maxOutputTokens)) return maxOutputTokens;
  return { model, stream: endpoint.kind === 'generate' && stream, maxOutputTokens };
}
