import { CircleAlert, CircleCheck, X } from 'lucide-react';
import { Toast as ToastPrimitive } from 'radix-ui';
import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import { cn } from './cn';

export interface ToastOptions {
  title: ReactNode;
  description?: ReactNode;
  tone?: 'success' | 'error';
}

interface ToastItem extends ToastOptions {
  id: number;
  open: boolean;
}

interface ToastApi {
  toast: (options: ToastOptions) => void;
}

const ToastContext = createContext<ToastApi | null>(null);

/** `const { toast } = useToast(); toast({ title: 'Saved', tone: 'success' })`. */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast must be used inside <ToastProvider>');
  return api;
}

/** Hosts the toast viewport (bottom right; bottom, full width on phones). Mounted once in App. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [items, setItems] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const toast = useCallback((options: ToastOptions) => {
    const id = nextId.current++;
    setItems((current) => [...current.slice(-4), { ...options, id, open: true }]);
  }, []);
  const api = useMemo(() => ({ toast }), [toast]);

  const close = (id: number) => {
    setItems((current) => current.map((item) => (item.id === id ? { ...item, open: false } : item)));
    // Let the close happen, then drop it from the list.
    setTimeout(() => setItems((current) => current.filter((item) => item.id !== id)), 300);
  };

  return (
    <ToastContext.Provider value={api}>
      <ToastPrimitive.Provider swipeDirection="right" duration={5000} label={t('ui.notifications')}>
        {children}
        {items.map((item) => (
          <ToastPrimitive.Root
            key={item.id}
            open={item.open}
            onOpenChange={(open) => !open && close(item.id)}
            type={item.tone === 'error' ? 'foreground' : 'background'}
            className={cn(
              'flex items-start gap-3 rounded-lg border bg-white p-3 pr-2 text-sm shadow-lg dark:bg-zinc-900',
              item.tone === 'error' ? 'border-red-200 dark:border-red-900' : 'border-zinc-200 dark:border-zinc-800',
              'data-[swipe=move]:translate-x-(--radix-toast-swipe-move-x)',
              'data-[swipe=end]:translate-x-(--radix-toast-swipe-end-x)',
            )}
          >
            {item.tone === 'success' && (
              <CircleCheck className="mt-0.5 size-4 shrink-0 text-emerald-600 dark:text-emerald-400" aria-hidden />
            )}
            {item.tone === 'error' && (
              <CircleAlert className="mt-0.5 size-4 shrink-0 text-red-600 dark:text-red-400" aria-hidden />
            )}
            <div className="min-w-0 flex-1">
              <ToastPrimitive.Title className="font-medium text-zinc-900 dark:text-zinc-50">
                {item.title}
              </ToastPrimitive.Title>
              {item.description !== undefined && (
                <ToastPrimitive.Description className="mt-0.5 break-words text-zinc-600 dark:text-zinc-400">
                  {item.description}
                </ToastPrimitive.Description>
              )}
            </div>
            <ToastPrimitive.Close
              aria-label={t('ui.close')}
              className={cn(
                'inline-flex size-6 shrink-0 items-center justify-center rounded-md text-zinc-500',
                'hover:bg-zinc-100 hover:text-zinc-900 dark:hover:bg-zinc-800 dark:hover:text-zinc-50',
              )}
            >
              <X className="size-3.5" aria-hidden />
            </ToastPrimitive.Close>
          </ToastPrimitive.Root>
        ))}
        <ToastPrimitive.Viewport
          className={cn('fixed right-0 bottom-0 z-[100] flex w-full flex-col gap-2 p-4 outline-none', 'sm:max-w-sm')}
        />
      </ToastPrimitive.Provider>
    </ToastContext.Provider>
  );
}
