import type { HeaderAllowList } from '../../upstreams/forwarded-headers.js';

/** Client headers forwarded upstream besides the common ones: OpenAI's beta flags, organisation and project. */
export const FORWARDED_HEADERS: HeaderAllowList = {
  names: ['openai-beta', 'openai-organization', 'openai-project', 'x-client-request-id'],
  prefixes: [],
};
