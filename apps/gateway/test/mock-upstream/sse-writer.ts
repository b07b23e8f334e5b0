/** SSE frame builders and the writer that sends a response as separate writes, with delays and faults. */
import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

/** `event: <name>` + `data: <json>` frame (Anthropic, OpenAI Responses). */
export function sseEvent(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** `data: <json>` frame without an event name (Chat Completions, Gemini). */
export function sseData(data: unknown): string {
  return `data: ${JSON.stringify(data)}\n\n`;
}

export const SSE_DONE = 'data: [DONE]\n\n';

export const SSE_CONTENT_TYPE = 'text/event-stream; charset=utf-8';

export interface WritePlan {
  status: number;
  headers: Record<string, string>;
  /** Each frame is one write() call. */
  frames: string[];
  /** Set for non-streamed bodies (keep-alive friendly); omitted for chunked streams. */
  contentLength?: number;
  /** Wait before the status line goes out (time to first byte). */
  delayBeforeMs: number;
  /** Wait between frames. */
  delayBetweenMs: number;
  /** Destroy the socket after this many frames have been written. */
  resetAfterFrames?: number;
  /** Send the headers, then nothing. */
  hangAfterHeaders?: boolean;
}

function gone(res: ServerResponse): boolean {
  return res.destroyed || res.socket === null || res.socket.destroyed;
}

function writeFrame(res: ServerResponse, frame: string): Promise<void> {
  return new Promise((resolve) => {
    res.write(frame, () => resolve());
  });
}

async function waitDrain(res: ServerResponse): Promise<void> {
  await new Promise<void>((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** Destroys the connection so the client sees a truncated (chunked or content-length) body. */
async function cutConnection(res: ServerResponse): Promise<void> {
  await sleep(5);
  res.socket?.destroy();
}

export async function writePlan(res: ServerResponse, plan: WritePlan): Promise<void> {
  if (plan.delayBeforeMs > 0) {
    await sleep(plan.delayBeforeMs);
    if (gone(res)) return;
  }
  const headers = { ...plan.headers };
  if (plan.contentLength !== undefined) headers['content-length'] = String(plan.contentLength);
  res.writeHead(plan.status, headers);

  if (plan.hangAfterHeaders) {
    res.flushHeaders();
    return;
  }

  const reset = plan.resetAfterFrames;
  // Fast path: no delays, no faults: one write, then end.
  if (plan.delayBetweenMs <= 0 && reset === undefined) {
    if (plan.frames.length === 1) res.end(plan.frames[0]);
    else res.end(plan.frames.join(''));
    return;
  }

  const limit = reset === undefined ? plan.frames.length : Math.min(reset, plan.frames.length);
  if (limit === 0) res.flushHeaders();
  for (let i = 0; i < limit; i++) {
    if (i > 0 && plan.delayBetweenMs > 0) {
      await sleep(plan.delayBetweenMs);
      if (gone(res)) return;
    }
    const frame = plan.frames[i] ?? '';
    if (reset !== undefined) await writeFrame(res, frame);
    else if (!res.write(frame)) await waitDrain(res);
    if (gone(res)) return;
  }
  if (reset !== undefined) {
    await cutConnection(res);
    return;
  }
  res.end();
}
