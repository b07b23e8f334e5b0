import type { IrMediaSource } from '../../ir/ir-content.js';

const DATA_URL = /^data:([^;,]+)(?:;[^,]*)?;base64,/;

/** An `image_url.url` or `file_data`: a base64 `data:` URL becomes inline bytes, anything else stays a URL. */
export function mediaSourceOfUrl(url: string): IrMediaSource {
  const match = DATA_URL.exec(url);
  if (!match?.[1]) return { kind: 'url', url };
  return { kind: 'base64', mediaType: match[1], data: url.slice(match[0].length) };
}

export function dataUrl(mediaType: string, data: string): string {
  return `data:${mediaType};base64,${data}`;
}
