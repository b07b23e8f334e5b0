import { Eye, EyeOff, KeyRound } from 'lucide-react';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { isApiError } from '../../api/api-error';
import { useLoginMutation } from '../../api/auth';
import type { Session } from '../../api/auth';
import type { Translate } from '../../i18n/translate';
import { useT } from '../../i18n/use-t';
import { Button } from '../ui/button';
import { Input } from '../ui/input';
import { cn } from '../ui/cn';

interface LoginFormProps {
  onSuccess: (session: Session) => void;
}

/** The server's own words when it gives a reason; ours when it can't be reached. */
function describeLoginError(error: Error, t: Translate): string {
  if (!isApiError(error)) return error.message;
  if (error.isNetworkError) return t('login.errorNetwork');
  if (error.detail) return error.detail;
  return error.isUnauthorized ? t('login.errorRejected') : error.title;
}

export function LoginForm({ onSuccess }: LoginFormProps) {
  const t = useT();
  const id = useId();
  const [token, setToken] = useState('');
  const [reveal, setReveal] = useState(false);
  const [missing, setMissing] = useState(false);
  const login = useLoginMutation();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = token.trim();
    setMissing(value === '');
    if (value === '') return;
    login.mutate(value, { onSuccess });
  };

  const error = missing ? t('login.errorEmpty') : login.error ? describeLoginError(login.error, t) : null;
  const errorId = `${id}-error`;

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-token`} className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
          {t('login.tokenLabel')}
        </label>
        <div className="relative">
          <KeyRound
            aria-hidden
            className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-zinc-400"
          />
          <Input
            id={`${id}-token`}
            name="token"
            type={reveal ? 'text' : 'password'}
            autoComplete="current-password"
            autoFocus
            spellCheck={false}
            placeholder={t('login.tokenPlaceholder')}
            value={token}
            onChange={(event) => setToken(event.target.value)}
            invalid={error !== null}
            aria-describedby={error ? errorId : undefined}
            className="pr-10 pl-9 font-mono"
          />
          <button
            type="button"
            onClick={() => setReveal((shown) => !shown)}
            aria-label={reveal ? t('login.hideToken') : t('login.showToken')}
            aria-pressed={reveal}
            className={cn(
              'absolute top-1/2 right-1.5 flex size-7 -translate-y-1/2 items-center justify-center',
              'rounded-md text-zinc-500 hover:bg-zinc-100 hover:text-zinc-800',
              'dark:hover:bg-zinc-800 dark:hover:text-zinc-200',
            )}
          >
            {reveal ? <EyeOff className="size-4" aria-hidden /> : <Eye className="size-4" aria-hidden />}
          </button>
        </div>
        {error && (
          <p id={errorId} role="alert" className="text-sm text-red-600 dark:text-red-400">
            {error}
          </p>
        )}
      </div>
      <Button type="submit" loading={login.isPending} className="w-full">
        {login.isPending ? t('login.submitting') : t('login.submit')}
      </Button>
    </form>
  );
}
