import { useQuery } from '@tanstack/react-query';
import { createRoute, redirect, useRouter } from '@tanstack/react-router';
import { z } from 'zod';
import { consoleConfigQueryOptions } from '../api/console-config';
import { LoginForm } from '../components/auth/login-form';
import { Brand } from '../components/shell/brand';
import { LanguageSwitch } from '../components/shell/language-switch';
import { ThemeSwitch } from '../components/shell/theme-switch';
import { Card } from '../components/ui/card';
import { useT } from '../i18n/use-t';
import { rootRoute } from './__root';
import { cn } from '../components/ui/cn';

const loginSearchSchema = z.object({ redirect: z.string().optional() });

/** Only same-origin paths: `//evil.example` or `https://…` must not become an open redirect. */
function safeRedirect(target: string | undefined): string {
  return target?.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\') ? target : '/';
}

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: loginSearchSchema,
  beforeLoad: async ({ context, search }) => {
    if (await context.auth.getSession()) {
      throw redirect({ href: safeRedirect(search.redirect), replace: true });
    }
  },
  component: LoginPage,
});

function LoginPage() {
  const t = useT();
  const router = useRouter();
  const search = loginRoute.useSearch();
  // Only promise a secure cookie when the gateway sets one (ENABLE_SECURE_COOKIES).
  const secureCookies = useQuery(consoleConfigQueryOptions()).data?.secureCookies === true;

  return (
    <div
      className={cn(
        'relative flex min-h-screen flex-col items-center justify-center bg-gradient-to-b',
        'from-accent-50/60 to-zinc-50 px-4 py-12 dark:from-accent-950/30 dark:to-zinc-950',
      )}
    >
      <div className="absolute top-4 right-4 flex gap-1">
        <LanguageSwitch />
        <ThemeSwitch />
      </div>
      <main className="flex w-full max-w-sm flex-col gap-6">
        <div className="flex justify-center">
          <Brand />
        </div>
        <Card>
          <div className="mb-6">
            <h1 className="text-xl font-semibold text-zinc-900 dark:text-zinc-50">{t('login.title')}</h1>
            <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">{t('login.subtitle')}</p>
          </div>
          <LoginForm onSuccess={() => void router.navigate({ href: safeRedirect(search.redirect), replace: true })} />
        </Card>
        {secureCookies && <p className="text-center text-xs text-zinc-500 dark:text-zinc-400">{t('login.footer')}</p>}
      </main>
    </div>
  );
}
