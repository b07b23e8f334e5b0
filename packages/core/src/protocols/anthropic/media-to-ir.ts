import { UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrDocument, IrImage, IrMediaSource } from '../../ir/ir-content.js';
import { cacheHintToIr } from './cache-hint.js';
import { readWire } from './read-wire.js';
import { documentBlockSchema, imageBlockSchema, textBlockSchema, type WireBlockHead } from './wire-content.js';

/** Where a refused Anthropic feature would have had to go: any provider of another protocol. */
export const OTHER_PROTOCOLS = 'non-Anthropic';

export function imageToIr(block: WireBlockHead, where: string): IrImage {
  const image = readWire(imageBlockSchema, block, where);
  const { source } = image;
  if (source.type === 'file')
    throw new UnsupportedFeatureError('An image from the Files API (file_id)', OTHER_PROTOCOLS);
  const irSource: IrMediaSource =
    source.type === 'base64'
      ? { kind: 'base64', mediaType: source.media_type, data: source.data }
      : { kind: 'url', url: source.url };
  return { type: 'image', source: irSource, ...cacheHintToIr(image.cache_control) };
}

/**
 * A document: a base64 PDF, a PDF URL or plain text. A `content` source (the caller's own
 * chunks) is plain text when it holds only text blocks, joined by blank lines. `citations`
 * settings are advisory (see `request-fields.ts`); a `context` note and Files API documents have
 * no place in the IR.
 */
export function documentToIr(block: WireBlockHead, where: string): IrDocument {
  const document = readWire(documentBlockSchema, block, where);
  if (document.context) throw new UnsupportedFeatureError('A document context note', OTHER_PROTOCOLS);
  const { source } = document;
  let irSource: IrDocument['source'];
  if (source.type === 'base64') irSource = { kind: 'base64', mediaType: source.media_type, data: source.data };
  else if (source.type === 'url') irSource = { kind: 'url', url: source.url };
  else if (source.type === 'text') irSource = { kind: 'text', text: source.data };
  else if (source.type === 'content') irSource = { kind: 'text', text: contentDocumentText(source.content, where) };
  else throw new UnsupportedFeatureError('A document from the Files API (file_id)', OTHER_PROTOCOLS);
  return {
    type: 'document',
    source: irSource,
    ...(document.title ? { title: document.title } : {}),
    ...cacheHintToIr(document.cache_control),
  };
}

function contentDocumentText(content: string | WireBlockHead[], where: string): string {
  if (typeof content === 'string') return content;
  return content
    .map((block, i) => {
      if (block.type !== 'text')
        throw new UnsupportedFeatureError(`A document with ${block.type} content`, OTHER_PROTOCOLS);
      return readWire(textBlockSchema, block, `${where}.source.content.${i}`).text;
    })
    .join('\n\n');
}
