import type { RequestFilterScope } from '@cch/contract';

/** A request filter as the gateway holds it: a secret value decrypted (memory only). */
export interface RequestFilterRule {
  id: string;
  name: string;
  enabled: boolean;
  position: number;
  scope: RequestFilterScope;
  scopeValue: string | null;
  target: 'header' | 'body';
  action: 'set' | 'remove';
  path: string;
  /** What a `set` filter writes (a string for headers); null for `remove`. */
  value: unknown;
  secret: boolean;
  createdAt: Date;
  updatedAt: Date;
}
