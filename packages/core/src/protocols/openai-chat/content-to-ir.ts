import { InvalidIrRequestError, UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrDocument, IrImage, IrText, IrUserPart } from '../../ir/ir-content.js';
import { readWire } from '../anthropic/read-wire.js';
import { mediaSourceOfUrl } from './data-url.js';
import { NON_CHAT } from './request-fields.js';
import {
  filePartSchema,
  imagePartSchema,
  refusalPartSchema,
  textPartSchema,
  type WireChatContent,
  type WirePartHead,
} from './wire-request.js';

function partsOf(content: WireChatContent): WirePartHead[] {
  if (content === null || content === undefined) return [];
  return typeof content === 'string' ? [{ type: 'text', text: content }] : content;
}

function textToIr(part: WirePartHead, where: string): IrText {
  return { type: 'text', text: readWire(textPartSchema, part, where).text };
}

/** Text only (system, developer and tool messages); empty strings carry nothing and are left out. */
export function textsToIr(content: WireChatContent, where: string): IrText[] {
  return partsOf(content)
    .map((part, i) => {
      if (part.type !== 'text') throw new InvalidIrRequestError(`${where}.${i}: only text parts are allowed here`);
      return textToIr(part, `${where}.${i}`);
    })
    .filter((text) => text.text !== '');
}

function imageToIr(part: WirePartHead, where: string): IrImage {
  const { image_url: image } = readWire(imagePartSchema, part, where);
  return { type: 'image', source: mediaSourceOfUrl(image.url), ...(image.detail ? { detail: image.detail } : {}) };
}

/** A `file` part: inline `file_data` (a data URL, as the SDK writes it); uploaded `file_id`s live only at OpenAI. */
function fileToIr(part: WirePartHead, where: string): IrDocument {
  const { file } = readWire(filePartSchema, part, where);
  if (!file.file_data) throw new UnsupportedFeatureError('A file uploaded to OpenAI (file_id)', NON_CHAT);
  const source = mediaSourceOfUrl(file.file_data);
  if (source.kind !== 'base64') throw new InvalidIrRequestError(`${where}.file.file_data: not a base64 data URL`);
  return { type: 'document', source, ...(file.filename ? { filename: file.filename } : {}) };
}

/** A user message's content: text, images (data or remote URLs) and files; audio is refused. */
export function userContentToIr(content: WireChatContent, where: string): IrUserPart[] {
  return partsOf(content)
    .map((part, i): IrUserPart => {
      const at = `${where}.${i}`;
      if (part.type === 'text') return textToIr(part, at);
      if (part.type === 'image_url') return imageToIr(part, at);
      if (part.type === 'file') return fileToIr(part, at);
      if (part.type === 'input_audio') throw new UnsupportedFeatureError('Audio input (input_audio)', NON_CHAT);
      throw new UnsupportedFeatureError(`A ${part.type} content part`, NON_CHAT);
    })
    .filter((part) => part.type !== 'text' || part.text !== '');
}

/** An assistant message's content: text parts and refusal parts. */
export function assistantTextToIr(
  content: WireChatContent,
  where: string,
): (IrText | { type: 'refusal'; text: string })[] {
  return partsOf(content)
    .map((part, i) => {
      const at = `${where}.${i}`;
      if (part.type === 'text') return textToIr(part, at);
      if (part.type === 'refusal')
        return { type: 'refusal' as const, text: readWire(refusalPartSchema, part, at).refusal };
      throw new InvalidIrRequestError(`${at}: an assistant message cannot hold a ${part.type} part`);
    })
    .filter((part) => part.text !== '');
}
