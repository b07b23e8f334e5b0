import type { ComponentProps } from 'react';
import { cn } from './cn';

export interface TextareaProps extends ComponentProps<'textarea'> {
  /** Marks the field invalid for styling and assistive technology. */
  invalid?: boolean;
}

export function Textarea({ invalid = false, className, ...props }: TextareaProps) {
  return (
    <textarea
      aria-invalid={invalid || undefined}
      className={cn(
        'min-h-20 w-full rounded-lg border bg-white px-3 py-2 text-sm text-zinc-900 shadow-sm transition-colors',
        'placeholder:text-zinc-400 disabled:cursor-not-allowed disabled:opacity-60',
        'focus-visible:border-accent-500 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-accent-500/30',
        'dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-500',
        invalid
          ? 'border-red-500 dark:border-red-500'
          : 'border-zinc-300 hover:border-zinc-400 dark:border-zinc-700 dark:hover:border-zinc-600',
        className,
      )}
      {...props}
    />
  );
}
