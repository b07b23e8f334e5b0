import { cn } from './cn';

interface ProgressProps {
  /** Fraction used, 0..1 (values above 1 show a full red bar). */
  value: number;
  /** Accessible name of the bar, e.g. "Daily limit: $3.20 of $5.00". */
  label?: string;
  className?: string;
}

export type ProgressTone = 'normal' | 'warning' | 'danger';

/** Amber from 80 %, red from 100 %. */
export function progressTone(value: number): ProgressTone {
  if (value >= 1) return 'danger';
  if (value >= 0.8) return 'warning';
  return 'normal';
}

const toneClasses: Record<ProgressTone, string> = {
  normal: 'bg-accent-600 dark:bg-accent-500',
  warning: 'bg-amber-500 dark:bg-amber-400',
  danger: 'bg-red-600 dark:bg-red-500',
};

/** A usage bar with progressbar semantics (aria-valuenow in percent). */
export function Progress({ value, label, className }: ProgressProps) {
  const safe = Number.isFinite(value) ? Math.max(0, value) : 0;
  const percent = Math.round(Math.min(safe, 1) * 100);
  const tone = progressTone(safe);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      data-tone={tone}
      className={cn('h-2 w-full overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800', className)}
    >
      <div
        className={cn('h-full rounded-full transition-[width]', toneClasses[tone])}
        style={{ width: `${percent}%` }}
      />
    </div>
  );
}
