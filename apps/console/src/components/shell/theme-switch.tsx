import { Monitor, Moon, Sun } from 'lucide-react';
import { DropdownMenu } from 'radix-ui';
import { useT } from '../../i18n/use-t';
import { isTheme, themes } from '../../theme/theme-storage';
import type { Theme } from '../../theme/theme-storage';
import { useTheme } from '../../theme/use-theme';
import { Button } from '../ui/button';
import { MenuContent } from '../ui/menu-content';
import { MenuRadioItem } from '../ui/menu-radio-item';

const icons = { light: Sun, dark: Moon, system: Monitor } satisfies Record<Theme, unknown>;

export function ThemeSwitch() {
  const t = useT();
  const { theme, resolvedTheme, setTheme } = useTheme();
  const CurrentIcon = resolvedTheme === 'dark' ? Moon : Sun;
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild>
        <Button variant="ghost" size="icon" aria-label={t('theme.current', { theme: t(`theme.${theme}`) })}>
          <CurrentIcon aria-hidden />
        </Button>
      </DropdownMenu.Trigger>
      <MenuContent aria-label={t('theme.label')}>
        <DropdownMenu.RadioGroup
          value={theme}
          onValueChange={(value) => {
            if (isTheme(value)) setTheme(value);
          }}
        >
          {themes.map((option) => {
            const Icon = icons[option];
            return (
              <MenuRadioItem key={option} value={option}>
                <Icon aria-hidden />
                {t(`theme.${option}`)}
              </MenuRadioItem>
            );
          })}
        </DropdownMenu.RadioGroup>
      </MenuContent>
    </DropdownMenu.Root>
  );
}
