import { Languages } from 'lucide-react';
import { DropdownMenu } from 'radix-ui';
import { isLocale, localeNames, locales } from '../../i18n/locales';
import { useI18n } from '../../i18n/use-i18n';
import { Button } from '../ui/button';
import { MenuContent } from '../ui/menu-content';
import { MenuRadioItem } from '../ui/menu-radio-item';

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <Button variant="ghost" size="icon" aria-label={t('language.current', { language: localeNames[locale] })}>
          <Languages aria-hidden />
        </Button>
      </DropdownMenu.Trigger>
      <MenuContent aria-label={t('language.label')}>
        <DropdownMenu.RadioGroup
          value={locale}
          onValueChange={(value) => {
            if (isLocale(value)) setLocale(value);
          }}
        >
          {locales.map((option) => (
            <MenuRadioItem key={option} value={option} lang={option}>
              {localeNames[option]}
            </MenuRadioItem>
          ))}
        </DropdownMenu.RadioGroup>
      </MenuContent>
    </DropdownMenu.Root>
  );
}
