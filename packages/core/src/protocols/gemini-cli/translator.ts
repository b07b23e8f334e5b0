import type { ProtocolTranslator } from '../../ir/translator.js';
import { asRecord } from '../../json/as-record.js';
import { geminiRequestBodyFromIr } from '../gemini/request-from-ir.js';
import { geminiRequestToIr } from '../gemini/request-to-ir.js';
import { geminiResponseFromIr } from '../gemini/response-from-ir.js';
import { geminiResponseToIr } from '../gemini/response-to-ir.js';
import { createGeminiStreamDecoder } from '../gemini/stream-decoder.js';
import { createGeminiStreamEncoder } from '../gemini/stream-encoder.js';

/** The GenerateContentResponse inside a Code Assist answer or chunk (`{response, traceId}`); a bare one as it is. */
function unwrap(json: unknown): unknown {
  const record = asRecord(json);
  return asRecord(record?.['response']) ?? json;
}

const wrap = (response: Record<string, unknown>) => ({ response });

/**
 * Code Assist (Gemini CLI signed in with Google) ⇄ IR: the Gemini translator around the envelope
 * — requests `{model, project, request: {…}}`, answers and stream chunks `{response: {…}}`.
 * A request converted for a Code Assist provider leaves without `project` (the IR has no Google
 * Cloud project to give): the gateway adds the provider account's (see code-assist-project.ts).
 */
export const geminiCliTranslator: ProtocolTranslator = {
  request: {
    toIr: (body, context) => geminiRequestToIr(asRecord(body['request']) ?? {}, context),
    fromIr: (request) => ({
      path: request.stream ? '/v1internal:streamGenerateContent?alt=sse' : '/v1internal:generateContent',
      body: { model: request.model, request: geminiRequestBodyFromIr(request) },
    }),
  },
  response: {
    toIr: (json) => geminiResponseToIr(unwrap(json)),
    fromIr: (response, context) => wrap(geminiResponseFromIr(response, context)),
  },
  createStreamDecoder: () => createGeminiStreamDecoder(unwrap),
  createStreamEncoder: (context) => createGeminiStreamEncoder(context, { wrap, errorAsFrame: true }),
  renderTokenCount: (tokens) => ({ totalTokens: tokens }),
};
