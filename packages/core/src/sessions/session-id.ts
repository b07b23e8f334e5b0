export type SessionSource = 'header' | 'metadata' | 'prompt_cache_key' | 'body' | 'content_hash';

export interface SessionId {
  id: string;
  source: SessionSource;
}
