import type { ComponentProps } from 'react';
import { cn } from './cn';

/** A data table in a horizontally scrollable, bordered wrapper (wide tables scroll on phones). */
export function Table({ className, ...props }: ComponentProps<'table'>) {
  return (
    <div
      className={cn(
        'w-full overflow-x-auto rounded-xl border border-zinc-200 bg-white shadow-sm',
        'dark:border-zinc-800 dark:bg-zinc-900',
      )}
    >
      <table className={cn('w-full caption-bottom border-collapse text-sm', className)} {...props} />
    </div>
  );
}

export function TableHeader({ className, ...props }: ComponentProps<'thead'>) {
  return (
    <thead
      className={cn('border-b border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-900/60', className)}
      {...props}
    />
  );
}

export function TableBody({ className, ...props }: ComponentProps<'tbody'>) {
  return <tbody className={cn('divide-y divide-zinc-100 dark:divide-zinc-800', className)} {...props} />;
}

export function TableRow({ className, ...props }: ComponentProps<'tr'>) {
  return <tr className={cn('transition-colors hover:bg-zinc-50 dark:hover:bg-zinc-800/50', className)} {...props} />;
}

export function TableHead({ className, scope = 'col', ...props }: ComponentProps<'th'>) {
  return (
    <th
      scope={scope}
      className={cn(
        'h-10 px-3 text-left align-middle text-xs font-medium whitespace-nowrap text-zinc-500',
        'uppercase tracking-wide dark:text-zinc-400',
        className,
      )}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: ComponentProps<'td'>) {
  return <td className={cn('px-3 py-2.5 align-middle text-zinc-700 dark:text-zinc-300', className)} {...props} />;
}

/** An actions column that stays in view at the right edge while a wide table scrolls sideways. */
export const STICKY_ACTIONS_HEAD = cn(
  'sticky right-0 bg-zinc-50 text-right shadow-[inset_1px_0_0_var(--color-zinc-200)]',
  'dark:bg-zinc-900 dark:shadow-[inset_1px_0_0_var(--color-zinc-800)]',
);
export const STICKY_ACTIONS_CELL = cn(
  'sticky right-0 bg-white px-2 text-right whitespace-nowrap',
  'shadow-[inset_1px_1px_0_var(--color-zinc-100)]',
  'dark:bg-zinc-900 dark:shadow-[inset_1px_1px_0_var(--color-zinc-800)]',
);
