import { Switch as SwitchPrimitive } from 'radix-ui';
import { cn } from './cn';

interface SwitchProps {
  id?: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
  disabled?: boolean;
  'aria-label'?: string;
  'aria-describedby'?: string;
  className?: string;
}

/** An on/off toggle (role="switch"). Label it with a <label htmlFor> or aria-label. */
export function Switch({
  id,
  checked,
  onCheckedChange,
  disabled,
  'aria-label': ariaLabel,
  'aria-describedby': ariaDescribedBy,
  className,
}: SwitchProps) {
  return (
    <SwitchPrimitive.Root
      id={id}
      checked={checked}
      onCheckedChange={onCheckedChange}
      disabled={disabled}
      aria-label={ariaLabel}
      aria-describedby={ariaDescribedBy}
      className={cn(
        'relative inline-flex h-6 w-11 shrink-0 cursor-pointer items-center rounded-full border-2',
        'border-transparent transition-colors',
        'bg-zinc-300 data-[state=checked]:bg-accent-600 dark:bg-zinc-700 dark:data-[state=checked]:bg-accent-500',
        'disabled:cursor-not-allowed disabled:opacity-60',
        className,
      )}
    >
      <SwitchPrimitive.Thumb
        className={cn(
          'pointer-events-none block size-5 rounded-full bg-white shadow-sm ring-0',
          'transition-transform data-[state=checked]:translate-x-5',
          'data-[state=unchecked]:translate-x-0',
        )}
      />
    </SwitchPrimitive.Root>
  );
}
