import type { ProtocolId } from '../domain/protocol.js';
import type { Provider } from '../domain/provider.js';
import type { RuleHit } from '../scheduling/decision.js';
import type { BodyEditor } from './body-editor.js';

/** One upstream request being shaped by the governance rules for one provider. */
export interface UpstreamEdit {
  provider: Provider;
  /** The caller's user group (key's, else user's, else `default`). */
  userGroup: string;
  /** The protocol of the body that goes upstream (the provider's, after a conversion). */
  protocol: ProtocolId;
  /** Lowercase names; edited in place. */
  headers: Record<string, string>;
  /** Null when the request has no JSON body. */
  body: BodyEditor | null;
  /** The rules that acted, in order. */
  hits: RuleHit[];
}
