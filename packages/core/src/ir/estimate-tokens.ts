import type { IrPart } from './ir-content.js';
import type { IrRequest } from './ir-request.js';

/** A picture of unknown size, as Claude and GPT-4o count a typical ~1 megapixel image. */
const TOKENS_PER_IMAGE = 1_600;
/** Characters per token of English text and JSON; CJK text runs closer to 1–2, so this errs low there. */
const CHARS_PER_TOKEN = 4;
/** Overhead per message and per tool (role markers, separators). */
const TOKENS_PER_MESSAGE = 4;

function tokensOfText(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}

function tokensOfPart(part: IrPart): number {
  switch (part.type) {
    case 'text':
    case 'refusal':
      return tokensOfText(part.text);
    case 'thinking':
      return tokensOfText(part.text);
    case 'image':
      return TOKENS_PER_IMAGE;
    case 'document':
      // a PDF page is about 1,500–3,000 tokens; base64 bytes / 8 lands in that range for typical pages
      if (part.source.kind === 'text') return tokensOfText(part.source.text);
      return Math.ceil((part.source.kind === 'base64' ? part.source.data.length : 4_000) / 8);
    case 'tool_call':
      return tokensOfText(part.name) + tokensOfText(part.arguments);
    case 'tool_result':
      return part.content.reduce((sum, inner) => sum + tokensOfPart(inner), TOKENS_PER_MESSAGE);
  }
}

/**
 * A local estimate of a request's input tokens, for count-tokens calls that no provider of the
 * client's protocol answers: characters / 4 for text and JSON (system, messages, tool calls and
 * results, tool definitions), 1,600 per image, about base64 bytes / 8 per document, plus a few
 * tokens per message and tool. Documented as an estimate; providers count exactly.
 */
export function estimateInputTokens(request: IrRequest): number {
  let tokens = request.system.reduce((sum, part) => sum + tokensOfText(part.text), 0);
  for (const message of request.messages) {
    tokens += TOKENS_PER_MESSAGE;
    for (const part of message.content) tokens += tokensOfPart(part);
  }
  for (const tool of request.tools) {
    tokens += TOKENS_PER_MESSAGE + tokensOfText(tool.name) + tokensOfText(tool.description ?? '');
    tokens += tokensOfText(JSON.stringify(tool.parameters));
  }
  return tokens;
}
