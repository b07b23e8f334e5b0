import { useI18n } from './use-i18n';
import type { Translate } from './translate';

/** The translate function for the current locale: `const t = useT(); t('nav.logs')`. */
export function useT(): Translate {
  return useI18n().t;
}
