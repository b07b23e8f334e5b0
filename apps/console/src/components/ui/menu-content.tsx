import { DropdownMenu } from 'radix-ui';
import type { ComponentProps } from 'react';
import { cn } from './cn';

/** Styled, portalled dropdown panel shared by the top-bar menus. */
export function MenuContent({
  className,
  sideOffset = 6,
  align = 'end',
  ...props
}: ComponentProps<typeof DropdownMenu.Content>) {
  return (
    <DropdownMenu.Portal>
      <DropdownMenu.Content
        sideOffset={sideOffset}
        align={align}
        className={cn(
          'z-50 min-w-44 rounded-lg border border-zinc-200 bg-white p-1 text-sm shadow-lg',
          'dark:border-zinc-800 dark:bg-zinc-900',
          className,
        )}
        {...props}
      />
    </DropdownMenu.Portal>
  );
}
