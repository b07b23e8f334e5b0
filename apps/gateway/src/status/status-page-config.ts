import { DEFAULT_STATUS_PAGE_CONFIG, type StatusPageConfig, statusPageConfigSchema } from '@cch/contract';

/** Where the status page configuration is stored in the settings table. */
export const STATUS_PAGE_SETTING = 'status-page';

/** The stored configuration when it is valid; otherwise the default (page off). */
export function readStatusPageConfig(settings: Readonly<Record<string, unknown>>): StatusPageConfig {
  const parsed = statusPageConfigSchema.safeParse(settings[STATUS_PAGE_SETTING]);
  return parsed.success ? parsed.data : DEFAULT_STATUS_PAGE_CONFIG;
}
