import type { ComponentProps } from 'react';
import { cn } from './cn';
import { textControlClasses } from './text-control-classes';

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
        textControlClasses(invalid),
        className,
      )}
      {...props}
    />
  );
}
