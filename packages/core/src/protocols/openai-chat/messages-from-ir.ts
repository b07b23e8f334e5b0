import { UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrAssistantPart, IrImage, IrMessage, IrToolResult, IrUserPart } from '../../ir/ir-content.js';
import { dataUrl } from './data-url.js';

export type WireMessage = Record<string, unknown> & { role: string };

/** Where a refused feature would have had to go. */
export const CHAT = 'Chat Completions';

/** A tool result that failed says so in its text: Chat has no error flag on tool messages. */
export const TOOL_ERROR_PREFIX = 'Error: ';

const IMAGE_FOLLOWS = '(The result includes the image in the next message.)';

function imageFromIr(image: IrImage): Record<string, unknown> {
  const url = image.source.kind === 'base64' ? dataUrl(image.source.mediaType, image.source.data) : image.source.url;
  return { type: 'image_url', image_url: { url, ...(image.detail ? { detail: image.detail } : {}) } };
}

function userPartFromIr(part: Exclude<IrUserPart, IrToolResult>): Record<string, unknown> {
  if (part.type === 'text') return { type: 'text', text: part.text };
  if (part.type === 'image') return imageFromIr(part);
  const { source } = part;
  if (source.kind === 'text')
    return { type: 'text', text: part.title ? `${part.title}\n\n${source.text}` : source.text };
  if (source.kind === 'url') throw new UnsupportedFeatureError('A document given by URL', CHAT);
  const filename = part.filename ?? part.title ?? 'document.pdf';
  return { type: 'file', file: { filename, file_data: dataUrl(source.mediaType, source.data) } };
}

/**
 * User content as a plain string when it is only text (every OpenAI-compatible server reads that;
 * not all read part arrays), else as content parts. Cache hints are Anthropic's and never written.
 */
function userContent(parts: Exclude<IrUserPart, IrToolResult>[]): string | Record<string, unknown>[] {
  if (parts.every((part) => part.type === 'text')) return parts.map((part) => part.text).join('\n\n');
  return parts.map(userPartFromIr);
}

/**
 * A tool result as a `tool` message: its text (several blocks joined), prefixed with
 * `Error: ` when the tool failed. Tool messages take only text, so images of a result go in a user
 * message right after the tool messages, and the result's text says so.
 */
function toolMessage(result: IrToolResult, images: IrImage[]): WireMessage {
  const texts = result.content.flatMap((part) => (part.type === 'text' ? [part.text] : []));
  const resultImages = result.content.filter((part): part is IrImage => part.type === 'image');
  images.push(...resultImages);
  if (resultImages.length > 0) texts.push(IMAGE_FOLLOWS);
  const text = texts.join('\n\n');
  const content = result.isError ? `${TOOL_ERROR_PREFIX}${text}`.trimEnd() : text;
  return { role: 'tool', tool_call_id: result.callId, content };
}

function userMessages(content: IrUserPart[]): WireMessage[] {
  const images: IrImage[] = [];
  const results = content.filter((part): part is IrToolResult => part.type === 'tool_result');
  const out: WireMessage[] = results.map((result) => toolMessage(result, images));
  const rest = [
    ...images,
    ...content.filter((part): part is Exclude<IrUserPart, IrToolResult> => part.type !== 'tool_result'),
  ];
  if (rest.length > 0) out.push({ role: 'user', content: userContent(rest) });
  return out;
}

/**
 * An assistant turn: text (and refusals) as `content`, calls as `tool_calls` with their JSON
 * arguments as a string. Thinking is never sent: Chat Completions has no reasoning input, and a
 * signature only ever goes back to the kind of provider that issued it.
 */
function assistantMessage(content: IrAssistantPart[]): WireMessage | null {
  const text = content.flatMap((part) => (part.type === 'text' || part.type === 'refusal' ? [part.text] : []));
  const calls = content.flatMap((part) =>
    part.type === 'tool_call'
      ? [{ id: part.id, type: 'function', function: { name: part.name, arguments: part.arguments || '{}' } }]
      : [],
  );
  if (text.length === 0 && calls.length === 0) return null;
  return {
    role: 'assistant',
    content: text.length > 0 ? text.join('\n\n') : null,
    ...(calls.length > 0 ? { tool_calls: calls } : {}),
  };
}

/** IR messages → Chat messages; `role: "system"` messages stay system messages, in place. */
export function messagesFromIr(messages: readonly IrMessage[]): WireMessage[] {
  const out: WireMessage[] = [];
  for (const message of messages) {
    if (message.role === 'system') {
      if (message.content.length > 0)
        out.push({ role: 'system', content: message.content.map((part) => part.text).join('\n\n') });
    } else if (message.role === 'user') {
      out.push(...userMessages(message.content));
    } else {
      const assistant = assistantMessage(message.content);
      if (assistant) out.push(assistant);
    }
  }
  return out;
}
