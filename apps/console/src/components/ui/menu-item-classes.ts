/** Shared look of dropdown menu rows (plain, radio, checkbox). */
export const menuItemClasses =
  'relative flex cursor-default items-center gap-2 rounded-md px-2 py-1.5 text-zinc-700 outline-none select-none ' +
  'data-[highlighted]:bg-zinc-100 data-[highlighted]:text-zinc-900 data-[disabled]:opacity-50 ' +
  'dark:text-zinc-300 dark:data-[highlighted]:bg-zinc-800 dark:data-[highlighted]:text-zinc-50 [&_svg]:size-4';
