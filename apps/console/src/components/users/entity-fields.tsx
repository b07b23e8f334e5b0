import { useT } from '../../i18n/use-t';
import { Field, fieldDescribedBy } from '../ui/field';
import { Input } from '../ui/input';
import type { EntityFormErrors } from './entity-form';
import { FORM_ERROR } from './limit-labels';

interface EntityFieldProps<E> {
  /** Prefix for the input id, unique per form. */
  idPrefix: string;
  value: string;
  /** Only when it should be visible now. */
  error: E | undefined;
  onChange: (value: string) => void;
  onBlur: () => void;
}

/** The required name of a user or key. */
export function NameField({
  idPrefix,
  label,
  value,
  error,
  onChange,
  onBlur,
}: EntityFieldProps<EntityFormErrors['name']> & { label: string }) {
  const t = useT();
  const id = `${idPrefix}-name`;
  return (
    <Field label={label} htmlFor={id} error={error && t(FORM_ERROR[error])}>
      <Input
        id={id}
        value={value}
        autoComplete="off"
        required
        invalid={error !== undefined}
        aria-describedby={fieldDescribedBy(id, { error })}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
    </Field>
  );
}

/** An optional local date and time after which the user or key stops working. */
export function ExpiresAtField({
  idPrefix,
  value,
  error,
  onChange,
  onBlur,
}: EntityFieldProps<EntityFormErrors['expiresAt']>) {
  const t = useT();
  const id = `${idPrefix}-expiresAt`;
  return (
    <Field
      label={t('page.users.field.expiresAt')}
      htmlFor={id}
      hint={t('page.users.form.expiresHint')}
      error={error && t(FORM_ERROR[error])}
    >
      <Input
        id={id}
        type="datetime-local"
        value={value}
        invalid={error !== undefined}
        aria-describedby={fieldDescribedBy(id, { hint: true, error })}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
    </Field>
  );
}
