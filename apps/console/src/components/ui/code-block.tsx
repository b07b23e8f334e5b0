import { cn } from './cn';
import { CopyButton } from './copy-button';

interface CodeBlockProps {
  code: string;
  /** Shown as a small caption, e.g. "bash" or "json". */
  language?: string;
  className?: string;
}

/** Monospaced, horizontally scrollable code with a copy button. */
export function CodeBlock({ code, language, className }: CodeBlockProps) {
  return (
    <div
      className={cn(
        'relative overflow-hidden rounded-lg border border-zinc-200 bg-zinc-50 dark:border-zinc-800 dark:bg-zinc-950',
        className,
      )}
    >
      <div
        className={cn(
          'flex items-center justify-between gap-2 border-b border-zinc-200 px-3 py-1.5',
          'dark:border-zinc-800',
        )}
      >
        <span className="font-mono text-xs text-zinc-500 dark:text-zinc-400">{language ?? ''}</span>
        <CopyButton value={code} />
      </div>
      <pre
        className={cn(
          'overflow-x-auto p-3 font-mono text-xs leading-relaxed text-zinc-800 sm:text-sm',
          'dark:text-zinc-200',
        )}
      >
        <code>{code}</code>
      </pre>
    </div>
  );
}
