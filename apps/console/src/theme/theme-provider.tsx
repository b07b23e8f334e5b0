import { useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { applyTheme, resolveTheme, watchSystemTheme } from './apply-theme';
import { ThemeContext } from './theme-context';
import type { ThemeContextValue } from './theme-context';
import { readStoredTheme, storeTheme } from './theme-storage';
import type { Theme } from './theme-storage';

export function ThemeProvider({ children }: { children: ReactNode }) {
  const [theme, setThemeState] = useState<Theme>(readStoredTheme);
  const [resolvedTheme, setResolvedTheme] = useState<'light' | 'dark'>(() => resolveTheme(theme));

  useEffect(() => {
    setResolvedTheme(applyTheme(theme));
    if (theme !== 'system') return;
    return watchSystemTheme(() => setResolvedTheme(applyTheme('system')));
  }, [theme]);

  const value = useMemo<ThemeContextValue>(
    () => ({
      theme,
      resolvedTheme,
      setTheme: (next) => {
        storeTheme(next);
        setThemeState(next);
      },
    }),
    [theme, resolvedTheme],
  );

  return <ThemeContext value={value}>{children}</ThemeContext>;
}
