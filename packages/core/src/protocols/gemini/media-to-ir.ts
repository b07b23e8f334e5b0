import { UnsupportedFeatureError } from '../../ir/errors.js';
import type { IrDocument, IrImage } from '../../ir/ir-content.js';
import type { WirePart } from './wire-request.js';

/** Where a refused Gemini feature would have had to go: any provider of another protocol. */
export const OTHER_PROTOCOLS = 'non-Gemini';

type MediaPart = Pick<WirePart, 'inlineData' | 'fileData'>;

/**
 * `inlineData` (base64) or `fileData` (a URI) → an image (`image/*`) or a document (PDF, plain
 * text and other files). Audio and video have no place in the IR.
 */
export function mediaToIr(part: MediaPart): IrImage | IrDocument | null {
  if (part.inlineData) {
    const { mimeType, data } = part.inlineData;
    refuseAudioVideo(mimeType);
    const source = { kind: 'base64' as const, mediaType: mimeType, data };
    return mimeType.startsWith('image/') ? { type: 'image', source } : { type: 'document', source };
  }
  if (part.fileData) {
    const { mimeType, fileUri } = part.fileData;
    if (mimeType) refuseAudioVideo(mimeType);
    const source = { kind: 'url' as const, url: fileUri, ...(mimeType ? { mediaType: mimeType } : {}) };
    return mimeType?.startsWith('image/') ? { type: 'image', source } : { type: 'document', source };
  }
  return null;
}

function refuseAudioVideo(mimeType: string): void {
  if (mimeType.startsWith('audio/') || mimeType.startsWith('video/'))
    throw new UnsupportedFeatureError(`An ${mimeType.split('/')[0]} input (${mimeType})`, OTHER_PROTOCOLS);
}
