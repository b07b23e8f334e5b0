/** What a capture holds once the answer is out. */
export interface CapturedResponse {
  /** The pieces kept, in order, at most the cap in total. */
  parts: Buffer[];
  /** Bytes the client was sent (kept or not). */
  sentBytes: number;
  truncated: boolean;
  streamed: boolean;
}

/**
 * Keeps what the gateway sends a client, up to a cap, while it goes out: a whole answer is kept
 * by reference (no copy), a stream's pieces are kept as they are written (the relay never waits on
 * it). Past the cap nothing more is kept and the capture is marked truncated.
 */
export interface BodyCapture {
  whole(body: Buffer): void;
  chunk(piece: Buffer | string): void;
  result(): CapturedResponse;
}

export function createBodyCapture(maxBytes: number): BodyCapture {
  const parts: Buffer[] = [];
  let kept = 0;
  let sentBytes = 0;
  let streamed = false;

  function keep(piece: Buffer): void {
    const room = maxBytes - kept;
    if (room <= 0) return;
    const part = piece.length <= room ? piece : piece.subarray(0, room);
    parts.push(part);
    kept += part.length;
  }

  return {
    whole(body) {
      sentBytes += body.length;
      keep(body);
    },
    chunk(piece) {
      streamed = true;
      if (typeof piece === 'string') {
        if (piece.length === 0) return;
        const size = Buffer.byteLength(piece);
        sentBytes += size;
        if (kept < maxBytes) keep(Buffer.from(piece));
        return;
      }
      sentBytes += piece.length;
      keep(piece);
    },
    result: () => ({ parts, sentBytes, truncated: sentBytes > kept, streamed }),
  };
}
