import { extractRequestText, GatewayError, rawTextFields, type RequestRules } from '@cch/core';
import { CONTINUE, type ProxyStep } from '../context.js';

export interface RefuseSensitiveWordsDeps {
  rules: () => RequestRules | undefined;
}

const SHOWN_CHARS = 40;

/**
 * After the body is parsed and before anything is reserved or forwarded: a request whose text
 * (system prompt, messages, tool results; not tool schemas or ids) holds a sensitive word is
 * refused in the caller's protocol, naming what matched; nothing is charged.
 */
export function createRefuseSensitiveWords(deps: RefuseSensitiveWordsDeps): ProxyStep {
  return {
    name: 'refuse-sensitive-words',
    onRequest(ctx) {
      const matcher = deps.rules()?.sensitiveWords;
      const group = ctx.identity?.group ?? 'default';
      if (!matcher || !ctx.body || !matcher.appliesTo(group)) return CONTINUE;
      const { doc } = ctx.body;
      const { protocol } = ctx.endpoint;
      if (!matcher.mightMatch(rawTextFields(doc, protocol), group)) return CONTINUE; // nothing parsed
      const match = matcher.find(extractRequestText(doc, protocol), group);
      if (!match) return CONTINUE;
      const shown = match.matched.length > SHOWN_CHARS ? `${match.matched.slice(0, SHOWN_CHARS)}…` : match.matched;
      ctx.ruleHits.push({ kind: 'sensitive_word', ruleId: match.ruleId, action: 'refused', detail: match.kind });
      const message = `This request was refused: it contains "${shown}", which this gateway does not forward.`;
      return { action: 'reply', error: new GatewayError('content_refused', { message }) };
    },
  };
}
