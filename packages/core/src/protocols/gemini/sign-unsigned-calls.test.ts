import { describe, expect, it } from 'vitest';
import { readJsonBody } from '../../json/json-body.js';
import { SKIP_SIGNATURE } from './content-from-ir.js';
import { signUnsignedCalls, signUnsignedCodeAssistCalls } from './sign-unsigned-calls.js';

const call = (name: string, signature?: string) => ({
  functionCall: { name, args: {} },
  ...(signature ? { thoughtSignature: signature } : {}),
});
const user = { role: 'user', parts: [{ text: 'list and read' }] };
const answered = { role: 'user', parts: [{ functionResponse: { name: 'ls', response: { output: 'a.txt' } } }] };

describe('signUnsignedCalls', () => {
  it('signs the first call of a turn another provider answered, for a model that checks signatures', () => {
    const contents = [user, { role: 'model', parts: [{ text: 'Listing.' }, call('ls'), call('cat')] }, answered];
    expect(signUnsignedCalls(contents, 'gemini-3-pro-preview')).toEqual([
      user,
      {
        role: 'model',
        parts: [{ text: 'Listing.' }, { ...call('ls'), thoughtSignature: SKIP_SIGNATURE }, call('cat')],
      },
      answered,
    ]);
  });

  it("leaves Gemini's own turns (parallel calls after a signed one unsigned), older models, no calls", () => {
    const own = [user, { role: 'model', parts: [call('ls', 'CiQBgemini'), call('cat')] }, answered];
    expect(signUnsignedCalls(own, 'gemini-3-pro-preview')).toBeNull();
    const foreign = [user, { role: 'model', parts: [call('ls')] }, answered];
    expect(signUnsignedCalls(foreign, 'gemini-2.5-pro')).toBeNull();
    expect(signUnsignedCalls(foreign, null)).toBeNull();
    expect(signUnsignedCalls([user], 'gemini-3-pro-preview')).toBeNull();
  });

  it('reaches into the Code Assist envelope', () => {
    const body = {
      model: 'gemini-3-pro-preview',
      project: 'p',
      request: { contents: [{ role: 'model', parts: [call('ls')] }] },
    };
    const changes = signUnsignedCodeAssistCalls(
      readJsonBody(Buffer.from(JSON.stringify(body)))!,
      'gemini-3-pro-preview',
    );
    expect(changes).toEqual({
      request: { contents: [{ role: 'model', parts: [{ ...call('ls'), thoughtSignature: SKIP_SIGNATURE }] }] },
    });
  });
});
