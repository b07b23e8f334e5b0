import type { IrRequest } from '../../ir/ir-request.js';
import type { AnthropicModelTraits } from './model-traits.js';

/**
 * `temperature`, `top_p`, `top_k` within what Anthropic accepts (each rule is a 400 otherwise):
 * - models from Opus 4.7 on take none of them: the model sets its own sampling;
 * - with thinking on, temperature only at 1, no top_k, top_p only from 0.95 up;
 * - temperature and top_p together are refused by current models: temperature is kept.
 * What is left out here is sampling fine-tuning the target cannot honour; the answer still comes.
 */
export function samplingFromIr(
  request: IrRequest,
  traits: AnthropicModelTraits,
  thinkingOn: boolean,
): { temperature?: number; top_p?: number; top_k?: number } {
  if (!traits.sampling) return {};
  let { temperature, topP, topK } = request;
  if (thinkingOn) {
    if (temperature !== 1) temperature = null;
    topK = null;
    if (topP !== null && topP < 0.95) topP = null;
  }
  if (temperature !== null) topP = null;
  return {
    ...(temperature !== null ? { temperature } : {}),
    ...(topP !== null ? { top_p: topP } : {}),
    ...(topK !== null ? { top_k: topK } : {}),
  };
}
