import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import type { AppInstance } from './create-app';
import { I18nProvider } from './i18n/i18n-provider';
import type { Locale } from './i18n/locales';
import { ThemeProvider } from './theme/theme-provider';
import { ToastProvider } from './components/ui/toast';
import { ConsoleDisplayProvider } from './i18n/display-currency';

interface AppProps extends AppInstance {
  /** Overrides the saved / detected language (tests). */
  initialLocale?: Locale;
}

export function App({ queryClient, router, initialLocale }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider initialLocale={initialLocale}>
        <ThemeProvider>
          <ToastProvider>
            <ConsoleDisplayProvider>
              <RouterProvider router={router} />
            </ConsoleDisplayProvider>
          </ToastProvider>
        </ThemeProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
