import { stableCallId } from '../../ir/stable-call-id.js';

/**
 * The id of a function call in Gemini's answer that came without one: stable for the same call at
 * the same position of the same answer (`responseId`), so a re-read answer gives the same ids and
 * two turns making the same call do not share one.
 */
export function answerCallId(responseId: string, name: string, args: string, position: number): string {
  return stableCallId(`${responseId}\0${name}`, args, position);
}
