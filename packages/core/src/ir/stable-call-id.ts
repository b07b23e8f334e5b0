import { createHash } from 'node:crypto';

/**
 * A stable id for a tool call that came without one (Gemini function calls): the same call in the
 * same conversation position always gets the same id, so its result can find it on the next turn.
 */
export function stableCallId(name: string, args: string, position: number): string {
  const digest = createHash('sha256').update(`${position}\0${name}\0${args}`).digest('base64url');
  return `call_${digest.slice(0, 24)}`;
}
