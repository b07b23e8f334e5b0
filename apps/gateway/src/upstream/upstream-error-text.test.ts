import { describe, expect, it } from 'vitest';
import { PROTOCOLS } from '@cch/core';
import { upstreamErrorText as readAs } from './upstream-error-text.js';

const upstreamErrorText = (status: number, body: Buffer, protocol: keyof typeof PROTOCOLS = 'anthropic') =>
  readAs(status, body, PROTOCOLS[protocol].readErrorBody);

const body = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));

describe('upstreamErrorText', () => {
  it("reads each protocol's error body as type and message", () => {
    expect(
      upstreamErrorText(529, body({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } })),
    ).toBe('HTTP 529 overloaded_error: Overloaded');
    expect(
      upstreamErrorText(
        500,
        body({ error: { message: 'The server had an error', type: 'server_error', code: null } }),
        'openai-chat',
      ),
    ).toBe('HTTP 500 server_error: The server had an error');
    expect(
      upstreamErrorText(
        503,
        body({ error: { code: 503, message: 'The model is overloaded.', status: 'UNAVAILABLE' } }),
        'gemini',
      ),
    ).toBe('HTTP 503 UNAVAILABLE: The model is overloaded.');
    expect(upstreamErrorText(502, body({ error: 'bad gateway' }))).toBe('HTTP 502 bad gateway');
  });

  it('keeps the start of a body that is not a known error shape', () => {
    expect(upstreamErrorText(502, body('<html><body>Bad Gateway</body></html>'))).toBe(
      'HTTP 502: <html><body>Bad Gateway</body></html>',
    );
    expect(upstreamErrorText(500, body(''))).toBe('HTTP 500');
    expect(upstreamErrorText(500, body('x'.repeat(2000)))).toHaveLength(500);
  });
});
