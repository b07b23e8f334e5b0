import { CHANNELS, type DeliveryVerdict, type NotificationTargetConfig, type RenderInput } from '@cch/core';
import { redactSecrets } from './redact-secrets.js';

export type PostNotification = (input: RenderInput) => Promise<DeliveryVerdict>;

const MAX_ANSWER_BYTES = 64 * 1024;

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return 'timed out';
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

async function readCapped(response: Response): Promise<string> {
  const text = await response.text();
  return text.length > MAX_ANSWER_BYTES ? text.slice(0, MAX_ANSWER_BYTES) : text;
}

/**
 * One POST to a target, judged by its channel. Network errors and timeouts are worth a retry;
 * errors never carry the target's URL or token.
 */
export function createPostNotification(options: { timeoutMs: number; fetch?: typeof fetch }): PostNotification {
  const fetchImpl = options.fetch ?? fetch;
  return async (input) => {
    const adapter = CHANNELS[input.target.channel];
    const clean = (text: string) => redactSecrets(text, input.target as NotificationTargetConfig);
    try {
      const request = adapter.render(input);
      const response = await fetchImpl(request.url, {
        method: 'POST',
        headers: request.headers,
        body: request.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      const verdict = adapter.judge(response.status, await readCapped(response));
      return verdict.ok ? verdict : { ...verdict, error: clean(verdict.error) };
    } catch (error) {
      return { ok: false, retryable: true, error: clean(describeError(error)) };
    }
  };
}
