import type { IrDocument, IrImage } from '../../ir/ir-content.js';

export type WirePartOut = Record<string, unknown>;

/** Who receives what `fromIr` writes, for `UnsupportedFeatureError`. */
export const GEMINI = 'Gemini';

const EXTENSION_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  pdf: 'application/pdf',
  txt: 'text/plain',
};

/** A URL's media type from its extension (Gemini's `fileData` wants one), else the fallback. */
function typeOfUrl(url: string, fallback: string): string {
  const path = url.split(/[?#]/)[0] ?? '';
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return EXTENSION_TYPES[extension] ?? fallback;
}

/** Base64 as `inlineData`, a URL as `fileData` (Gemini fetches public URLs and its own file URIs). */
export function imageFromIr(image: IrImage): WirePartOut {
  const { source } = image;
  if (source.kind === 'base64') return { inlineData: { mimeType: source.mediaType, data: source.data } };
  return { fileData: { mimeType: source.mediaType ?? typeOfUrl(source.url, 'image/jpeg'), fileUri: source.url } };
}

/** A document: plain text as a text part (titled), files as `inlineData` / `fileData` of their type. */
export function documentFromIr(document: IrDocument): WirePartOut {
  const { source } = document;
  const title = document.title ?? document.filename;
  if (source.kind === 'text') return { text: title ? `${title}\n\n${source.text}` : source.text };
  if (source.kind === 'base64') return { inlineData: { mimeType: source.mediaType, data: source.data } };
  return {
    fileData: { mimeType: source.mediaType ?? typeOfUrl(source.url, 'application/pdf'), fileUri: source.url },
  };
}
