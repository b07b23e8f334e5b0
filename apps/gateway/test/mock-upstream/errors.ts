/** Error bodies in each protocol's own envelope, with realistic types and messages per status. */
import type { ErrorFamily } from './common.js';

export interface ErrorSpec {
  status: number;
  message?: string;
  /** Anthropic `error.type` / OpenAI `error.type` override. */
  type?: string;
  /** OpenAI `error.code` override. */
  code?: string | null;
}

const ANTHROPIC_TYPES: Record<number, [string, string]> = {
  400: ['invalid_request_error', 'Invalid request'],
  401: ['authentication_error', 'invalid x-api-key'],
  403: ['permission_error', 'Your API key does not have permission to use the specified resource.'],
  404: ['not_found_error', 'Not found'],
  413: ['request_too_large', 'Request exceeds the maximum allowed number of bytes.'],
  429: ['rate_limit_error', 'Number of request tokens has exceeded your per-minute rate limit'],
  500: ['api_error', 'Internal server error'],
  529: ['overloaded_error', 'Overloaded'],
};

const OPENAI_TYPES: Record<number, [string, string, string | null]> = {
  400: ['invalid_request_error', 'Invalid request', null],
  401: [
    'invalid_request_error',
    'Incorrect API key provided: sk-mock***. ' +
      'You can find your API key at https://platform.openai.com/account/api-keys.',
    'invalid_api_key',
  ],
  403: ['invalid_request_error', 'You are not allowed to sample from this model', 'model_not_found'],
  404: ['invalid_request_error', 'The model does not exist or you do not have access to it.', 'model_not_found'],
  429: ['requests', 'Rate limit reached for requests. Please try again later.', 'rate_limit_exceeded'],
  500: ['server_error', 'The server had an error while processing your request. Sorry about that!', null],
  503: ['server_error', 'The engine is currently overloaded, please try again later', null],
};

const GOOGLE_STATUS: Record<number, [string, string]> = {
  400: ['INVALID_ARGUMENT', 'Request contains an invalid argument.'],
  401: [
    'UNAUTHENTICATED',
    'Request had invalid authentication credentials. ' +
      'Expected OAuth 2 access token, login cookie or other valid authentication credential.',
  ],
  403: ['PERMISSION_DENIED', 'The caller does not have permission'],
  404: ['NOT_FOUND', 'Requested entity was not found.'],
  429: ['RESOURCE_EXHAUSTED', 'Resource has been exhausted (e.g. check quota).'],
  500: [
    'INTERNAL',
    'An internal error has occurred. ' +
      'Please retry or report in https://developers.generativeai.google/guide/troubleshooting',
  ],
  503: ['UNAVAILABLE', 'The model is overloaded. Please try again later.'],
  504: ['DEADLINE_EXCEEDED', 'Deadline expired before operation could complete.'],
};

function pick<T>(table: Record<number, T>, status: number): T {
  const exact = table[status];
  if (exact !== undefined) return exact;
  const fallback = status >= 500 ? table[500] : table[400];
  if (fallback === undefined) throw new Error(`no fallback error for ${status}`);
  return fallback;
}

let requestSeq = 0;

export function errorBody(family: ErrorFamily, spec: ErrorSpec): object {
  const { status } = spec;
  if (family === 'anthropic') {
    const [type, message] = status === 503 ? ['overloaded_error', 'Overloaded'] : pick(ANTHROPIC_TYPES, status);
    requestSeq++;
    return {
      type: 'error',
      error: { type: spec.type ?? type, message: spec.message ?? message },
      request_id: `req_mock${String(requestSeq).padStart(8, '0')}`,
    };
  }
  if (family === 'openai') {
    const [type, message, code] = pick(OPENAI_TYPES, status);
    return {
      error: {
        message: spec.message ?? message,
        type: spec.type ?? type,
        param: null,
        code: spec.code !== undefined ? spec.code : code,
      },
    };
  }
  const [googleStatus, message] = status === 529 ? pick(GOOGLE_STATUS, 503) : pick(GOOGLE_STATUS, status);
  return { error: { code: status, message: spec.message ?? message, status: googleStatus } };
}

/** Body of the `invalid-request` fault: the protocol's "prompt too long" error. */
export function promptTooLong(family: ErrorFamily): object {
  if (family === 'anthropic') {
    return errorBody(family, { status: 400, message: 'prompt is too long: 215341 tokens > 200000 maximum' });
  }
  if (family === 'openai') {
    return {
      error: {
        message:
          "This model's maximum context length is 128000 tokens. " +
          'However, your messages resulted in 215341 tokens. Please reduce the length of the messages.',
        type: 'invalid_request_error',
        param: 'messages',
        code: 'context_length_exceeded',
      },
    };
  }
  return errorBody(family, {
    status: 400,
    message: 'The input token count (1215341) exceeds the maximum number of tokens allowed (1048576).',
  });
}

/** The error object a protocol sends for an upstream overload (used by the `error-event` fault). */
export function overloaded(family: ErrorFamily): object {
  return errorBody(family, { status: family === 'anthropic' ? 529 : 503 });
}
