import type { IrAssistantPart, IrDocument, IrImage, IrMessage, IrText, IrToolResult } from '../../ir/ir-content.js';
import type { IrMediaSource } from '../../ir/ir-content.js';

type WireItem = Record<string, unknown>;

function mediaUrl(source: IrMediaSource): string {
  return source.kind === 'base64' ? `data:${source.mediaType};base64,${source.data}` : source.url;
}

function inputText(text: IrText): WireItem {
  return { type: 'input_text', text: text.text };
}

function imageFromIr(image: IrImage): WireItem {
  return { type: 'input_image', image_url: mediaUrl(image.source), detail: image.detail ?? 'auto' };
}

/** A PDF as `input_file` (inline or by URL); a plain-text document is its text, under its title. */
function documentFromIr(document: IrDocument): WireItem {
  const { source } = document;
  if (source.kind === 'text')
    return { type: 'input_text', text: document.title ? `${document.title}\n\n${source.text}` : source.text };
  if (source.kind === 'url') return { type: 'input_file', file_url: source.url };
  const filename = document.filename ?? document.title ?? 'document.pdf';
  return { type: 'input_file', filename, file_data: mediaUrl(source) };
}

/**
 * A tool result as `function_call_output`: a string when it is text only, else input parts.
 * Responses has no error flag: a failed call's output says so in words, as Codex's own do.
 */
function toolResultFromIr(result: IrToolResult): WireItem {
  const parts = result.content.map((part) => (part.type === 'text' ? inputText(part) : imageFromIr(part)));
  const textOnly = result.content.every((part) => part.type === 'text');
  const text = result.content.map((part) => (part.type === 'text' ? part.text : '')).join('\n');
  const failed = result.isError ? 'Error: ' : '';
  let output: unknown;
  if (textOnly) output = `${failed}${text}`;
  else output = result.isError ? [{ type: 'input_text', text: 'Error:' }, ...parts] : parts;
  return { type: 'function_call_output', call_id: result.callId, output };
}

function userItems(content: Extract<IrMessage, { role: 'user' }>['content']): WireItem[] {
  const items: WireItem[] = [];
  let parts: WireItem[] = [];
  const flush = () => {
    if (parts.length > 0) items.push({ type: 'message', role: 'user', content: parts });
    parts = [];
  };
  for (const part of content) {
    if (part.type === 'tool_result') {
      flush();
      items.push(toolResultFromIr(part));
    } else if (part.type === 'text') parts.push(inputText(part));
    else if (part.type === 'image') parts.push(imageFromIr(part));
    else parts.push(documentFromIr(part));
  }
  flush();
  return items;
}

/**
 * Thinking goes back only with an OpenAI `encrypted_content` (as the reasoning item it came from,
 * its id kept); thinking without one, or signed by another protocol's provider, is left out: it
 * is the model's earlier reasoning, and OpenAI would refuse content it did not encrypt.
 */
function reasoningFromIr(part: Extract<IrAssistantPart, { type: 'thinking' }>): WireItem | null {
  if (part.signature?.protocol !== 'openai-responses') return null;
  return {
    type: 'reasoning',
    ...(part.signature.itemId ? { id: part.signature.itemId } : {}),
    summary: part.text === '' ? [] : [{ type: 'summary_text', text: part.text }],
    encrypted_content: part.signature.value,
  };
}

/** An assistant turn in order: runs of text as one message item, then each call and reasoning item. */
function assistantItems(content: Extract<IrMessage, { role: 'assistant' }>['content']): WireItem[] {
  const items: WireItem[] = [];
  let parts: WireItem[] = [];
  const flush = () => {
    if (parts.length > 0) items.push({ type: 'message', role: 'assistant', content: parts });
    parts = [];
  };
  for (const part of content) {
    if (part.type === 'text') {
      if (part.text !== '') parts.push({ type: 'output_text', text: part.text, annotations: [] });
    } else if (part.type === 'refusal') parts.push({ type: 'refusal', refusal: part.text });
    else {
      flush();
      const item =
        part.type === 'tool_call'
          ? { type: 'function_call', call_id: part.id, name: part.name, arguments: part.arguments }
          : reasoningFromIr(part);
      if (item) items.push(item);
    }
  }
  flush();
  return items;
}

/** IR messages → `input` items; system messages inside the list are `developer` messages. */
export function inputFromIr(messages: readonly IrMessage[]): WireItem[] {
  return messages.flatMap((message): WireItem[] => {
    if (message.role === 'system')
      return [{ type: 'message', role: 'developer', content: message.content.map(inputText) }];
    return message.role === 'user' ? userItems(message.content) : assistantItems(message.content);
  });
}
