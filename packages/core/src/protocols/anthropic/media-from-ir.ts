import { UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrDocument, IrImage } from '../../ir/ir-content.js';
import { cacheControlFromIr } from './cache-hint.js';

export type WireBlock = Record<string, unknown>;

/** Who receives what `fromIr` writes, for `UnsupportedFeatureError`. */
export const CLAUDE = 'Claude';

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);

/**
 * Base64 images of the four types Claude reads, and image URLs (Anthropic fetches them);
 * `detail` has no equivalent.
 */
export function imageFromIr(image: IrImage): WireBlock {
  const { source } = image;
  if (source.kind === 'url')
    return { type: 'image', source: { type: 'url', url: source.url }, ...cacheControlFromIr(image.cache) };
  if (!IMAGE_TYPES.has(source.mediaType))
    throw new UnsupportedFeatureError(`An image of type ${source.mediaType}`, CLAUDE);
  return {
    type: 'image',
    source: { type: 'base64', media_type: source.mediaType, data: source.data },
    ...cacheControlFromIr(image.cache),
  };
}

/**
 * Claude reads PDFs (base64 or URL) and plain text. Base64 `text/plain` goes as its text; other
 * types (Word, spreadsheets …) are refused. Claude has no file name: it becomes the title when
 * the document has none.
 */
export function documentFromIr(document: IrDocument): WireBlock {
  const title = document.title ?? document.filename;
  return {
    type: 'document',
    source: documentSource(document.source),
    ...(title ? { title } : {}),
    ...cacheControlFromIr(document.cache),
  };
}

function documentSource(source: IrDocument['source']): WireBlock {
  if (source.kind === 'text') return { type: 'text', media_type: 'text/plain', data: source.text };
  const mediaType = source.mediaType ?? 'application/pdf';
  if (source.kind === 'base64' && mediaType === 'text/plain')
    return { type: 'text', media_type: 'text/plain', data: Buffer.from(source.data, 'base64').toString('utf8') };
  if (mediaType !== 'application/pdf') throw new UnsupportedFeatureError(`A document of type ${mediaType}`, CLAUDE);
  return source.kind === 'url'
    ? { type: 'url', url: source.url }
    : { type: 'base64', media_type: 'application/pdf', data: source.data };
}
