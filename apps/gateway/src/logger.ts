import pino, { type Logger } from 'pino';

/** JSON logs; anything that could carry a key is redacted before it is written. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'claude-code-hub' },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers["x-api-key"]',
        'req.headers["x-goog-api-key"]',
        'req.headers.cookie',
        '*.apiKey',
        '*.token',
        'apiKey',
        'token',
      ],
      censor: '[redacted]',
    },
  });
}
