import type { IrRequest } from '../../ir/ir-request.js';
import type { UpstreamCall } from '../../ir/translator.js';
import { generationConfigFromIr, toolsFromIr } from './config-from-ir.js';
import { contentsFromIr } from './content-from-ir.js';
import { geminiModelTraits } from './model-traits.js';
import { geminiModelPath } from './model-path.js';

/**
 * IR → a GenerateContentRequest body (also the `request` of a Code Assist envelope).
 * Dropped, with no Gemini equivalent: `user` (no end-user field), `promptCacheKey` (Gemini caches
 * implicitly) and `parallelToolCalls: false` (Gemini has no switch; the client answers each call).
 */
export function geminiRequestBodyFromIr(request: IrRequest): Record<string, unknown> {
  const traits = geminiModelTraits(request.model);
  const { contents, foldedSystem } = contentsFromIr(request.messages, traits.signedCalls);
  const system = [...request.system, ...foldedSystem];
  const generationConfig = generationConfigFromIr(request, traits);
  return {
    contents,
    ...(system.length > 0 ? { systemInstruction: { parts: system.map((part) => ({ text: part.text })) } } : {}),
    ...toolsFromIr(request),
    ...(generationConfig ? { generationConfig } : {}),
  };
}

/** `POST /v1beta/models/{model}:generateContent`, or `:streamGenerateContent?alt=sse` for a stream. */
export function geminiRequestFromIr(request: IrRequest): UpstreamCall {
  const method = request.stream ? 'streamGenerateContent' : 'generateContent';
  const path = geminiModelPath('/v1beta', request.model, method);
  return { path: request.stream ? `${path}?alt=sse` : path, body: geminiRequestBodyFromIr(request) };
}
