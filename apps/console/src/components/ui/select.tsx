import { Check, ChevronDown } from 'lucide-react';
import { Select as SelectPrimitive } from 'radix-ui';
import { cn } from './cn';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectProps {
  id?: string;
  value: string;
  onValueChange: (value: string) => void;
  options: readonly SelectOption[];
  placeholder?: string;
  'aria-label'?: string;
  'aria-describedby'?: string;
  disabled?: boolean;
  className?: string;
}

/** A styled single-choice dropdown on Radix Select (keyboard and screen-reader friendly). */
export function Select({
  id,
  value,
  onValueChange,
  options,
  placeholder,
  'aria-label': ariaLabel,
  'aria-describedby': ariaDescribedBy,
  disabled,
  className,
}: SelectProps) {
  return (
    <SelectPrimitive.Root value={value === '' ? undefined : value} onValueChange={onValueChange} disabled={disabled}>
      <SelectPrimitive.Trigger
        id={id}
        aria-label={ariaLabel}
        aria-describedby={ariaDescribedBy}
        className={cn(
          'inline-flex h-10 w-full items-center justify-between gap-2 rounded-lg border',
          'border-zinc-300 bg-white px-3 text-left text-sm text-zinc-900 shadow-sm transition-colors',
          'hover:border-zinc-400 disabled:cursor-not-allowed disabled:opacity-60 data-[placeholder]:text-zinc-400',
          'focus-visible:border-accent-500 focus-visible:outline-2 focus-visible:outline-offset-0',
          'focus-visible:outline-accent-500/30',
          'dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:border-zinc-600',
          'dark:data-[placeholder]:text-zinc-500',
          className,
        )}
      >
        <span className="truncate">
          <SelectPrimitive.Value placeholder={placeholder} />
        </span>
        <SelectPrimitive.Icon className="shrink-0 text-zinc-500">
          <ChevronDown className="size-4" aria-hidden />
        </SelectPrimitive.Icon>
      </SelectPrimitive.Trigger>
      <SelectPrimitive.Portal>
        <SelectPrimitive.Content
          position="popper"
          sideOffset={4}
          className={cn(
            'z-50 max-h-(--radix-select-content-available-height) min-w-(--radix-select-trigger-width)',
            'overflow-hidden rounded-lg border border-zinc-200 bg-white text-sm shadow-lg',
            'dark:border-zinc-800 dark:bg-zinc-900',
          )}
        >
          <SelectPrimitive.Viewport className="p-1">
            {options.map((option) => (
              <SelectPrimitive.Item
                key={option.value}
                value={option.value}
                className={cn(
                  'relative flex cursor-default items-center rounded-md py-1.5 pr-8 pl-2 text-zinc-700',
                  'outline-none select-none data-[disabled]:opacity-50 data-[highlighted]:bg-zinc-100',
                  'data-[highlighted]:text-zinc-900 dark:text-zinc-300 dark:data-[highlighted]:bg-zinc-800',
                  'dark:data-[highlighted]:text-zinc-50',
                )}
              >
                <SelectPrimitive.ItemText>{option.label}</SelectPrimitive.ItemText>
                <SelectPrimitive.ItemIndicator
                  className={cn('absolute right-2 inline-flex text-accent-600', 'dark:text-accent-400')}
                >
                  <Check className="size-4" aria-hidden />
                </SelectPrimitive.ItemIndicator>
              </SelectPrimitive.Item>
            ))}
          </SelectPrimitive.Viewport>
        </SelectPrimitive.Content>
      </SelectPrimitive.Portal>
    </SelectPrimitive.Root>
  );
}
