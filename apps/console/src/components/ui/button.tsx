import { Slot } from 'radix-ui';
import type { ComponentProps } from 'react';
import { cn } from './cn';
import { Spinner } from './spinner';

const variants = {
  primary: cn(
    'bg-accent-600 text-white shadow-sm hover:bg-accent-700 active:bg-accent-800',
    'dark:bg-accent-500 dark:hover:bg-accent-400 dark:text-zinc-950',
  ),
  secondary: cn(
    'border border-zinc-200 bg-white text-zinc-900 shadow-sm hover:bg-zinc-50',
    'dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800',
  ),
  ghost: cn(
    'text-zinc-700 hover:bg-zinc-100 hover:text-zinc-900',
    'dark:text-zinc-300 dark:hover:bg-zinc-800 dark:hover:text-zinc-50',
  ),
  danger: 'bg-red-600 text-white shadow-sm hover:bg-red-700 active:bg-red-800',
} as const;

const sizes = {
  sm: 'h-8 gap-1.5 rounded-md px-3 text-sm',
  md: 'h-10 gap-2 rounded-lg px-4 text-sm',
  icon: 'size-9 rounded-lg',
} as const;

export interface ButtonProps extends ComponentProps<'button'> {
  variant?: keyof typeof variants;
  size?: keyof typeof sizes;
  /** Shows a spinner and disables the button. */
  loading?: boolean;
  /** Render the single child (e.g. a router Link) with button styling. */
  asChild?: boolean;
}

export function Button({
  variant = 'primary',
  size = 'md',
  loading = false,
  asChild = false,
  disabled,
  className,
  children,
  type = 'button',
  ...props
}: ButtonProps) {
  const classes = cn(
    'inline-flex shrink-0 items-center justify-center font-medium whitespace-nowrap transition-colors',
    'disabled:pointer-events-none disabled:opacity-60 [&_svg]:size-4 [&_svg]:shrink-0',
    variants[variant],
    sizes[size],
    className,
  );
  if (asChild) {
    return (
      <Slot.Root className={classes} {...props}>
        {children}
      </Slot.Root>
    );
  }
  return (
    <button type={type} className={classes} disabled={disabled || loading} aria-busy={loading || undefined} {...props}>
      {loading && <Spinner />}
      {children}
    </button>
  );
}
