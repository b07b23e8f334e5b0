import type { ReactNode } from 'react';
import { cn } from './cn';

interface FieldProps {
  label: ReactNode;
  /** The control's id; hint and error get `${htmlFor}-hint` / `${htmlFor}-error` for aria-describedby. */
  htmlFor: string;
  hint?: ReactNode;
  error?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** The ids a control inside a Field should reference: `aria-describedby={fieldDescribedBy(id, { hint, error })}`. */
export function fieldDescribedBy(htmlFor: string, parts: { hint?: unknown; error?: unknown }): string | undefined {
  const ids = [parts.hint ? `${htmlFor}-hint` : null, parts.error ? `${htmlFor}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** Label + control + hint + error, stacked. */
export function Field({ label, htmlFor, hint, error, className, children }: FieldProps) {
  const hasError = error !== undefined && error !== null && error !== false && error !== '';
  const hasHint = hint !== undefined && hint !== null && hint !== false && hint !== '';
  return (
    <div className={cn('flex flex-col gap-1.5', className)}>
      <label htmlFor={htmlFor} className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
        {label}
      </label>
      {children}
      {hasHint && (
        <p id={`${htmlFor}-hint`} className="text-xs text-zinc-500 dark:text-zinc-400">
          {hint}
        </p>
      )}
      {hasError && (
        <p id={`${htmlFor}-error`} role="alert" className="text-xs font-medium text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
