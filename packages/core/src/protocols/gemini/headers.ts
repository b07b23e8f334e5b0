import type { HeaderAllowList } from '../../upstreams/forwarded-headers.js';

/** Client headers forwarded upstream besides the common ones: the Google client's own identification. */
export const FORWARDED_HEADERS: HeaderAllowList = {
  names: ['x-goog-api-client'],
  prefixes: [],
};
