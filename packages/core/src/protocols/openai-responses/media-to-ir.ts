import { UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrDocument, IrImage, IrMediaSource } from '../../ir/ir-content.js';
import { readWire } from './read-wire.js';
import { OTHER_PROTOCOLS } from './request-fields.js';
import { inputFileSchema, inputImageSchema, type WireHead } from './wire-request.js';

const DATA_URL = /^data:([^;,]+)(?:;[^,]*)?;base64,(.*)$/s;

/** A `data:` URL is inline media, anything else a remote one. */
function sourceOf(url: string, fallbackType: string): IrMediaSource {
  const match = DATA_URL.exec(url);
  if (match) return { kind: 'base64', mediaType: match[1] ?? fallbackType, data: match[2] ?? '' };
  return { kind: 'url', url };
}

export function imageToIr(part: WireHead, where: string): IrImage {
  const image = readWire(inputImageSchema, part, where);
  if (!image.image_url) throw new UnsupportedFeatureError('An image from the Files API (file_id)', OTHER_PROTOCOLS);
  const detail = image.detail && image.detail !== 'auto' ? { detail: image.detail } : {};
  return { type: 'image', source: sourceOf(image.image_url, 'image/png'), ...detail };
}

/** `input_file`: inline `file_data` (a data URL, or bare base64 read as a PDF) or a `file_url`. */
export function fileToIr(part: WireHead, where: string): IrDocument {
  const file = readWire(inputFileSchema, part, where);
  const filename = file.filename ? { filename: file.filename } : {};
  if (file.file_data) {
    const source = file.file_data.startsWith('data:')
      ? sourceOf(file.file_data, 'application/pdf')
      : { kind: 'base64' as const, mediaType: 'application/pdf', data: file.file_data };
    return { type: 'document', source, ...filename };
  }
  if (file.file_url) return { type: 'document', source: { kind: 'url', url: file.file_url }, ...filename };
  throw new UnsupportedFeatureError('A file from the Files API (file_id)', OTHER_PROTOCOLS);
}
