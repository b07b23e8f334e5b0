import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { cn } from './cn';

interface StatCardProps {
  label: ReactNode;
  value: ReactNode;
  hint?: ReactNode;
  icon?: LucideIcon;
  className?: string;
}

/** One headline number with its label, e.g. "Requests today · 1,204". */
export function StatCard({ label, value, hint, icon: Icon, className }: StatCardProps) {
  return (
    <section
      className={cn(
        'rounded-xl border border-zinc-200 bg-white p-4 shadow-sm sm:p-5 dark:border-zinc-800 dark:bg-zinc-900',
        className,
      )}
    >
      <div className="flex items-center justify-between gap-2">
        <h3 className="min-w-0 text-sm font-medium break-words text-zinc-500 dark:text-zinc-400">{label}</h3>
        {Icon && (
          <span
            className={cn(
              'flex size-8 shrink-0 items-center justify-center rounded-lg bg-accent-50 text-accent-600',
              'dark:bg-accent-950 dark:text-accent-300',
            )}
          >
            <Icon className="size-4" aria-hidden />
          </span>
        )}
      </div>
      <p className="mt-2 truncate text-2xl font-semibold tracking-tight text-zinc-900 tabular-nums dark:text-zinc-50">
        {value}
      </p>
      {hint !== undefined && <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">{hint}</p>}
    </section>
  );
}
