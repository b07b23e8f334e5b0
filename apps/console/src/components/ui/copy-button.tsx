import { Check, Copy } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { Button } from './button';
import { cn } from './cn';
import { copyToClipboard } from './copy-to-clipboard';

interface CopyButtonProps {
  value: string;
  /** Visible text; without it the button is icon-only (named "Copy" for screen readers). */
  label?: string;
  className?: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies `value` and says "Copied" for two seconds. Works on plain-http LAN addresses too. */
export function CopyButton({ value, label, className }: CopyButtonProps) {
  const t = useT();
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const onClick = async (button: HTMLButtonElement) => {
    const ok = await copyToClipboard(value, button.parentElement ?? undefined);
    setState(ok ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 2000);
  };

  const text = state === 'copied' ? t('ui.copied') : state === 'failed' ? t('ui.copyFailed') : (label ?? t('ui.copy'));
  const Icon = state === 'copied' ? Check : Copy;
  return (
    <>
      <Button
        variant="secondary"
        size={label === undefined ? 'icon' : 'sm'}
        className={cn(label === undefined && 'size-8', className)}
        onClick={(event) => void onClick(event.currentTarget)}
        aria-label={label === undefined ? text : undefined}
        title={label === undefined ? text : undefined}
      >
        <Icon aria-hidden className={cn(state === 'copied' && 'text-emerald-600 dark:text-emerald-400')} />
        {label !== undefined && <span>{text}</span>}
      </Button>
      {/* Outside the button, so the announcement doesn't become part of its name. */}
      <span className="sr-only" aria-live="polite">
        {state === 'copied' ? t('ui.copied') : ''}
      </span>
    </>
  );
}
