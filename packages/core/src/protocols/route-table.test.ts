import { describe, expect, it } from 'vitest';
import { resolveCodeAssistEndpoint } from './gemini-cli/endpoints.js';
import { isValidGeminiModelId, parseGeminiModelPath } from './gemini/model-path.js';
import { modelInPath, PROXY_ROUTES, prefixOfRoute, protocolOfPath } from './route-table.js';

const resolve = (method: string, url: string, path: string, headers = {}) =>
  PROXY_ROUTES.find((route) => route.method === method && route.url === url)?.resolve({ path, headers }) ?? null;

describe('Gemini model paths', () => {
  it('finds version, model and method after /models/, decoded', () => {
    expect(parseGeminiModelPath('/v1beta/models/gemini-2.5-flash:streamGenerateContent')).toEqual({
      version: '/v1beta',
      model: 'gemini-2.5-flash',
      method: 'streamGenerateContent',
    });
    expect(parseGeminiModelPath('/v1/models/gemini-2.5-pro:countTokens')?.version).toBe('/v1');
    expect(parseGeminiModelPath('/v1beta/models/:generateContent')).toBeNull();
    expect(parseGeminiModelPath('/v1beta/models/gemini-2.5-flash')).toBeNull();
    expect(parseGeminiModelPath('/v1beta/models/%E0%A4%A:countTokens')).toBeNull();
  });

  it('never takes a path with more segments, raw or encoded dot-segments as a model', () => {
    expect(parseGeminiModelPath('/v1beta/models/../../_control/x:generateContent')).toBeNull();
    expect(parseGeminiModelPath('/v1beta/models/%2e%2e/%2e%2e/%2e%2e/%2e%2e/_control/x:generateContent')).toBeNull();
    const encoded = parseGeminiModelPath('/v1beta/models/%2e%2e%2f%2e%2e%2fx:generateContent');
    expect(encoded?.model).toBe('../../x');
    expect(isValidGeminiModelId(encoded?.model ?? '')).toBe(false);
    for (const bad of ['..', '.hidden', 'a/b', 'a\\b', 'a b', 'a%2fb', 'x'.repeat(129)]) {
      expect(isValidGeminiModelId(bad), bad).toBe(false);
    }
    for (const good of ['gemini-2.5-flash', 'gemini-2.0-flash-001', 'gemini-3-pro-preview', 'learnlm_2.0']) {
      expect(isValidGeminiModelId(good), good).toBe(true);
    }
  });

  it('maps methods to endpoints: streaming from the method, unknown methods to none', () => {
    expect(resolve('POST', '/v1beta/models/*', '/v1beta/models/m:generateContent')).toMatchObject({
      id: 'gemini.generate_content',
      stream: 'never',
      modelIn: 'path',
    });
    expect(resolve('POST', '/v1beta/models/*', '/v1beta/models/m:streamGenerateContent')).toMatchObject({
      kind: 'generate',
      stream: 'always',
    });
    expect(resolve('POST', '/v1/models/*', '/v1/models/m:countTokens')).toMatchObject({ kind: 'count_tokens' });
    expect(resolve('POST', '/v1beta/models/*', '/v1beta/models/m:toString')).toBeNull();
    expect(resolve('POST', '/v1beta/models/*', '/v1beta/models/m:constructor')).toBeNull();
  });

  it('rebuilds the upstream path from validated parts, with a redirected model', () => {
    const endpoint = resolve('POST', '/v1beta/models/*', '/v1beta/models/gemini-2.5-flash:streamGenerateContent');
    const clientPath = '/v1beta/models/gemini-2.5-flash:streamGenerateContent';
    expect(endpoint?.upstreamPath({ clientPath, model: 'gemini-3-flash' })).toBe(
      '/v1beta/models/gemini-3-flash:streamGenerateContent',
    );
    expect(endpoint?.upstreamPath({ clientPath: '/v1/models/m:streamGenerateContent', model: 'm' })).toBe(
      '/v1/models/m:streamGenerateContent',
    );
  });
});

describe('Code Assist paths', () => {
  it('maps model calls apart from auxiliary methods', () => {
    expect(resolveCodeAssistEndpoint('/v1internal:streamGenerateContent')).toMatchObject({
      id: 'gemini-cli.stream_generate_content',
      protocol: 'gemini-cli',
      stream: 'always',
    });
    const auxiliary = resolveCodeAssistEndpoint('/v1internal:loadCodeAssist');
    expect(auxiliary).toMatchObject({ id: 'gemini-cli.auxiliary', kind: 'auxiliary' });
    expect(auxiliary?.upstreamPath({ clientPath: '/v1internal:loadCodeAssist', model: null })).toBe(
      '/v1internal:loadCodeAssist',
    );
    expect(resolveCodeAssistEndpoint('/v1internalx:generateContent')).toBeNull();
    expect(resolveCodeAssistEndpoint('/v1internal:a/b')).toBeNull();
    expect(resolveCodeAssistEndpoint('/v1internal:../x')).toBeNull();
  });
});

describe('the route table', () => {
  it('assigns each route pattern to its prefix context', () => {
    expect(['/v1/responses', '/v1beta/models/*', '/v1internal*', '/v1/models/*', '/v2/x'].map(prefixOfRoute)).toEqual([
      '/v1',
      '/v1beta',
      '/v1internal',
      '/v1',
      null,
    ]);
  });

  it('answers model lists in the format the caller speaks', () => {
    expect(resolve('GET', '/v1/models', '/v1/models', { 'anthropic-version': '2023-06-01' })?.protocol).toBe(
      'anthropic',
    );
    expect(resolve('GET', '/v1/models', '/v1/models', { 'x-goog-api-key': 'k' })?.protocol).toBe('gemini');
    expect(resolve('GET', '/v1/models', '/v1/models', { authorization: 'Bearer k' })?.protocol).toBe('openai-chat');
    expect(resolve('GET', '/v1/models/*', '/v1/models/gpt-5', {})).toMatchObject({ kind: 'model' });
    expect(resolve('GET', '/v1beta/models/*', '/v1beta/models/gemini-2.5-flash')).toMatchObject({
      kind: 'model',
      protocol: 'gemini',
    });
    expect(modelInPath('/v1/models/claude-sonnet-4-5')).toBe('claude-sonnet-4-5');
    expect(modelInPath('/v1/models/a%2Fb')).toBeNull();
  });

  it('has a route for every endpoint of the Responses API the SDKs call', () => {
    expect(resolve('POST', '/v1/responses/input_tokens', '/v1/responses/input_tokens')).toMatchObject({
      kind: 'count_tokens',
      protocol: 'openai-responses',
    });
  });

  it('guesses the protocol of an unknown path for its error', () => {
    expect(protocolOfPath('/v1beta/nope', {})).toBe('gemini');
    expect(protocolOfPath('/v1/responses/x', {})).toBe('openai-responses');
    expect(protocolOfPath('/v1/nope', { 'x-api-key': 'k' })).toBe('anthropic');
    expect(protocolOfPath('/v1/nope', {})).toBe('openai-chat');
  });
});
