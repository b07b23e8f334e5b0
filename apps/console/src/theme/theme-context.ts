import { createContext } from 'react';
import type { Theme } from './theme-storage';

export interface ThemeContextValue {
  /** What the user chose. */
  theme: Theme;
  /** What is on screen (`system` resolved). */
  resolvedTheme: 'light' | 'dark';
  setTheme: (theme: Theme) => void;
}

export const ThemeContext = createContext<ThemeContextValue | null>(null);
