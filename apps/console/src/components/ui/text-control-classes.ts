import { cn } from './cn';

/** The look shared by text inputs and textareas: border, focus ring, dark mode and the invalid state. */
export function textControlClasses(invalid: boolean): string {
  return cn(
    'placeholder:text-zinc-400 disabled:cursor-not-allowed disabled:opacity-60',
    'focus-visible:border-accent-500 focus-visible:outline-2 focus-visible:outline-offset-0',
    'focus-visible:outline-accent-500/30',
    'dark:bg-zinc-900 dark:text-zinc-100 dark:placeholder:text-zinc-500',
    invalid
      ? 'border-red-500 dark:border-red-500'
      : 'border-zinc-300 hover:border-zinc-400 dark:border-zinc-700 dark:hover:border-zinc-600',
  );
}
