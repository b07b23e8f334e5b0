import type { ComponentProps } from 'react';
import { cn } from './cn';

interface TableProps extends ComponentProps<'table'> {
  /**
   * Below the md breakpoint, show each row as a card instead of scrolling sideways (see `.table-cards`
   * in index.css). Give every cell a `label`; mark the row's name cell `card="title"` and its buttons
   * `card="actions"`.
   */
  cards?: boolean;
}

/** A data table in a horizontally scrollable, bordered wrapper (wide tables scroll on phones unless `cards`). */
export function Table({ className, cards = false, ...props }: TableProps) {
  return (
    <div
      className={cn(
        'w-full overflow-x-auto rounded-xl border border-zinc-200 bg-white shadow-sm',
        'dark:border-zinc-800 dark:bg-zinc-900',
        cards && 'max-md:overflow-visible max-md:rounded-none max-md:border-0 max-md:bg-transparent',
        cards && 'max-md:shadow-none max-md:dark:bg-transparent',
      )}
    >
      <table
        className={cn('w-full caption-bottom border-collapse text-sm', cards && 'table-cards', className)}
        {...props}
      />
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

interface TableCellProps extends ComponentProps<'td'> {
  /** The column name, shown above the value when the row is a card (`<Table cards>` on a phone). */
  label?: string | undefined;
  /** How the cell sits in a card: the heading line, a full-width field, or the button bar. */
  card?: 'title' | 'wide' | 'actions' | undefined;
}

export function TableCell({ className, label, card, ...props }: TableCellProps) {
  return (
    <td
      data-label={label}
      data-card={card}
      className={cn('px-3 py-2.5 align-middle text-zinc-700 dark:text-zinc-300', className)}
      {...props}
    />
  );
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
