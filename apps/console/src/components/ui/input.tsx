import type { ComponentProps } from 'react';
import { cn } from './cn';
import { textControlClasses } from './text-control-classes';

export interface InputProps extends ComponentProps<'input'> {
  /** Marks the field invalid for styling and assistive technology. */
  invalid?: boolean;
}

export function Input({ invalid = false, className, ...props }: InputProps) {
  return (
    <input
      aria-invalid={invalid || undefined}
      className={cn(
        'h-10 w-full rounded-lg border bg-white px-3 text-sm text-zinc-900 shadow-sm transition-colors',
        textControlClasses(invalid),
        className,
      )}
      {...props}
    />
  );
}
