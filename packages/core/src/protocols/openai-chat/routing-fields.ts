import type { JsonBody } from '../../json/json-body.js';
import type { Endpoint } from '../endpoint.js';
import type { RoutingFields, RoutingRefusal } from '../protocol-adapter.js';
import { isRoutingRefusal, readFlag, readModel, readTokenLimit } from '../shared/read-routing-field.js';

/** Chat Completions: `model`, `stream`, `max_completion_tokens` (or the older `max_tokens`). */
export function readOpenAiChatRoutingFields(body: JsonBody, endpoint: Endpoint): RoutingFields | RoutingRefusal {
  const model = readModel(body.get('model'), 'model', true);
  if (isRoutingRefusal(model)) return model;
  const stream = readFlag(body.get('stream'), 'stream');
  if (isRoutingRefusal(stream)) return stream;
  const completion = readTokenLimit(body.get('max_completion_tokens'), 'max_completion_tokens');
  if (isRoutingRefusal(completion)) return completion;
  const legacy = readTokenLimit(body.get('max_tokens'), 'max_tokens');
  if (isRoutingRefusal(legacy)) return legacy;
  return { model, stream: endpoint.kind === 'generate' && stream, maxOutputTokens: completion ?? legacy };
}
