import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { ToastProvider } from '../components/ui/toast';
import { I18nProvider } from '../i18n/i18n-provider';

/** Renders a UI-kit component with the providers it needs (English strings, toasts). */
export function renderUi(ui: ReactElement) {
  return render(
    <I18nProvider initialLocale="en">
      <ToastProvider>{ui}</ToastProvider>
    </I18nProvider>,
  );
}
