import { describe, expect, it } from 'vitest';
import { parseGeminiModelPath, resolveCodeAssistEndpoint, resolveGeminiEndpoint, withGeminiModel } from './gemini-path.js';
import { prefixOfRoute } from './endpoint-routes.js';

describe('Gemini paths', () => {
  it('finds model and method after /models/, with or without a query and URL-encoded', () => {
    expect(parseGeminiModelPath('/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse&key=k')).toMatchObject({ model: 'gemini-2.5-flash', method: 'streamGenerateContent' });
    expect(parseGeminiModelPath('/v1/models/tuned%2Fx:generateContent')?.model).toBe('tuned/x');
    expect(parseGeminiModelPath('/v1beta/models/:generateContent')).toBeNull();
    expect(parseGeminiModelPath('/v1beta/models/gemini-2.5-flash')).toBeNull();
    expect(parseGeminiModelPath('/v1beta/models/%E0%A4%A:countTokens')).toBeNull();
  });

  it('maps methods to endpoints: streaming from the method, unknown methods to null', () => {
    expect(resolveGeminiEndpoint('/v1beta/models/m:generateContent')).toMatchObject({ id: 'gemini.generate_content', stream: 'never', modelFrom: 'gemini-path' });
    expect(resolveGeminiEndpoint('/v1beta/models/m:streamGenerateContent')).toMatchObject({ kind: 'generate', stream: 'always' });
    expect(resolveGeminiEndpoint('/v1beta/models/m:countTokens')).toMatchObject({ kind: 'count_tokens' });
    expect(resolveGeminiEndpoint('/v1beta/models/m:toString')).toBeNull();
    expect(resolveGeminiEndpoint('/v1beta/models/m:constructor')).toBeNull();
  });

  it('maps Code Assist methods, model calls apart from auxiliary ones', () => {
    expect(resolveCodeAssistEndpoint('/v1internal:streamGenerateContent?alt=sse')).toMatchObject({ id: 'gemini-cli.stream_generate_content', protocol: 'gemini-cli', stream: 'always' });
    expect(resolveCodeAssistEndpoint('/v1internal:loadCodeAssist')).toMatchObject({ id: 'gemini-cli.auxiliary', kind: 'auxiliary' });
    expect(resolveCodeAssistEndpoint('/v1internalx:generateContent')).toBeNull();
    expect(resolveCodeAssistEndpoint('/v1internal:a/b')).toBeNull();
  });

  it('rewrites only the model segment', () => {
    expect(withGeminiModel('/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse', 'gemini-3.5-flash')).toBe('/v1beta/models/gemini-3.5-flash:streamGenerateContent?alt=sse');
    expect(withGeminiModel('/v1beta/models', 'x')).toBe('/v1beta/models');
  });

  it('assigns each route pattern to its prefix context', () => {
    expect(['/v1/responses', '/v1beta/models/*', '/v1internal*', '/v1/models/*', '/v2/x'].map(prefixOfRoute)).toEqual(['/v1', '/v1beta', '/v1internal', '/v1', null]);
  });
});
