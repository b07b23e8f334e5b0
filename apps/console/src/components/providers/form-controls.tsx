import type { ReactNode } from 'react';
import type { MessageKey } from '../../i18n/en';
import { useT } from '../../i18n/use-t';
import { Field, fieldDescribedBy } from '../ui/field';
import { Input, type InputProps } from '../ui/input';
import { Switch } from '../ui/switch';
import type { FieldErrorCode, ProviderFormErrors, ProviderFormValues } from './provider-form';

/** What every form section gets: the values, the visible errors (translated), and setters. */
export interface SectionProps {
  values: ProviderFormValues;
  /** Visible error text by field path (client codes already translated, or the server's message). */
  errors: Partial<Record<string, string>>;
  set: <K extends keyof ProviderFormValues>(field: K, value: ProviderFormValues[K]) => void;
  /** Marks a field as left, so its error may show. */
  touch: (field: string) => void;
}

const ERROR_KEYS = {
  required: 'page.providers.error.required',
  url: 'page.providers.error.url',
  integer: 'page.providers.error.integer',
  min0: 'page.providers.error.min0',
  positive: 'page.providers.error.positive',
  retryRange: 'page.providers.error.retryRange',
  decimal: 'page.providers.error.decimal',
  hhmm: 'page.providers.error.hhmm',
  proxyUrl: 'page.providers.error.proxyUrl',
  regex: 'page.providers.error.regex',
  duplicate: 'page.providers.error.duplicate',
  headerName: 'page.providers.error.headerName',
} as const satisfies Record<FieldErrorCode, MessageKey>;

/** Translates the client-side error codes of the fields that may show one. */
export function useErrorText(
  errors: ProviderFormErrors,
  visible: (field: string) => boolean,
  server: Partial<Record<string, string>>,
) {
  const t = useT();
  const out: Partial<Record<string, string>> = { ...server };
  for (const [field, code] of Object.entries(errors)) {
    if (code && visible(field)) out[field] = t(ERROR_KEYS[code]);
  }
  return out;
}

interface TextFieldProps extends Omit<InputProps, 'id' | 'value' | 'onChange' | 'onBlur'> {
  id: string;
  /** The error path; defaults to the id. */
  field?: string;
  label: ReactNode;
  hint?: ReactNode;
  value: string;
  onValue: (value: string) => void;
  section: Pick<SectionProps, 'errors' | 'touch'>;
  className?: string;
}

/** Label + input + hint + error, wired for assistive technology. */
export function TextField({
  id,
  field = id,
  label,
  hint,
  value,
  onValue,
  section,
  className,
  ...input
}: TextFieldProps) {
  const error = section.errors[field];
  return (
    <Field label={label} htmlFor={id} hint={hint} error={error} className={className}>
      <Input
        id={id}
        value={value}
        invalid={error !== undefined}
        aria-describedby={fieldDescribedBy(id, { hint, error })}
        onChange={(event) => onValue(event.target.value)}
        onBlur={() => section.touch(field)}
        {...input}
      />
    </Field>
  );
}

/** A switch with its label beside it and an optional hint below. */
export function SwitchField({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="flex items-start gap-3">
      <Switch id={id} checked={checked} onCheckedChange={onChange} aria-describedby={hint ? `${id}-hint` : undefined} />
      <div className="min-w-0">
        <label htmlFor={id} className="text-sm font-medium text-zinc-800 dark:text-zinc-200">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-xs text-zinc-500 dark:text-zinc-400">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

/** A titled group of fields. */
export function FormSection({
  title,
  description,
  children,
}: {
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <fieldset className="min-w-0 border-t border-zinc-200 pt-4 first:border-t-0 first:pt-0 dark:border-zinc-800">
      <legend className="float-left mb-1 w-full text-sm font-semibold text-zinc-900 dark:text-zinc-50">{title}</legend>
      {description && <p className="clear-left mb-3 text-xs text-zinc-500 dark:text-zinc-400">{description}</p>}
      <div className="clear-left grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}
