/** Routing: which protocol builder answers a method + path, and which error envelope a path speaks. */
import { anthropicCountTokens, anthropicMessages, anthropicModels } from './anthropic.js';
import type { ErrorFamily, MockContext, MockRequest, MockResponse } from './common.js';
import { errorBody } from './errors.js';
import { codeAssist, geminiCall, geminiModel, geminiModels, parseGeminiPath } from './gemini.js';
import { chatCompletions, openaiModels } from './openai-chat.js';
import { responsesCompact, responsesCreate, responsesInputTokens } from './openai-responses.js';

/** `/v1/models...` as the Gemini API (@google/genai ≥ 3 defaults to apiVersion v1), not OpenAI's. */
function isGeminiV1(pathname: string, headers: Record<string, string>): boolean {
  return pathname.startsWith('/v1/models') && (pathname.includes(':') || headers['x-goog-api-key'] !== undefined);
}

export function familyOf(pathname: string, headers: Record<string, string>): ErrorFamily {
  if (pathname.startsWith('/v1beta') || pathname.startsWith('/v1internal')) return 'google';
  if (isGeminiV1(pathname, headers)) return 'google';
  if (pathname.startsWith('/v1/messages')) return 'anthropic';
  if (pathname === '/v1/models' && headers['anthropic-version'] !== undefined) return 'anthropic';
  return 'openai';
}

function notFound(family: ErrorFamily, req: MockRequest): MockResponse {
  const message = `Unknown route: ${req.method} ${req.pathname}`;
  return { type: 'json', status: 404, body: errorBody(family, { status: 404, message }) };
}

export function route(req: MockRequest, ctx: MockContext, family: ErrorFamily): MockResponse {
  const { method, pathname } = req;
  if (pathname === '/' && (method === 'GET' || method === 'HEAD')) {
    const body = `mock upstream ${ctx.name} ok\n`;
    return { type: 'text', status: 200, body, contentType: 'text/plain; charset=utf-8' };
  }
  if (method === 'POST') {
    switch (pathname) {
      case '/v1/messages':
        return anthropicMessages(req, ctx);
      case '/v1/messages/count_tokens':
        return anthropicCountTokens(req);
      case '/v1/chat/completions':
        return chatCompletions(req, ctx);
      case '/v1/responses':
        return responsesCreate(req, ctx);
      case '/v1/responses/compact':
        return responsesCompact(req, ctx);
      case '/v1/responses/input_tokens':
        return responsesInputTokens(req);
    }
    for (const prefix of ['/v1beta/models/', '/v1/models/']) {
      if (!pathname.startsWith(prefix)) continue;
      const call = parseGeminiPath(pathname.slice(prefix.length), req.body ?? {});
      if (call) return geminiCall(req, ctx, call);
    }
    if (pathname.startsWith('/v1internal:')) return codeAssist(req, ctx, pathname.slice('/v1internal:'.length));
  }
  if (method === 'GET') {
    if (pathname === '/v1beta/models' || (pathname === '/v1/models' && family === 'google')) return geminiModels();
    if (pathname === '/v1/models') return family === 'anthropic' ? anthropicModels() : openaiModels();
    for (const prefix of ['/v1beta/models/', '/v1/models/']) {
      if (!pathname.startsWith(prefix) || family !== 'google') continue;
      return geminiModel(decodeURIComponent(pathname.slice(prefix.length)));
    }
  }
  return notFound(family, req);
}
