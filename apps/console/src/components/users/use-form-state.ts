import { useState } from 'react';

/**
 * Form values plus which fields the user has left (blurred) and whether they tried to submit:
 * an error shows once its field was touched or after a submit attempt, never while first typing.
 */
export function useFormState<V>(initial: V) {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  return {
    values,
    setValues,
    touch: (field: string) => setTouched((prev) => (prev.has(field) ? prev : new Set(prev).add(field))),
    visible: (field: string) => submitted || touched.has(field),
    markSubmitted: () => setSubmitted(true),
    reset: (next: V) => {
      setValues(next);
      setTouched(new Set());
      setSubmitted(false);
    },
  };
}

/** Keeps only the entries of `errors` whose field passes `visible`. */
export function visibleErrors<E extends Partial<Record<string, string>>>(
  errors: E,
  visible: (field: string) => boolean,
  prefix = '',
): E {
  // Safe: a subset of the entries of an object of type E is still an E (every key is optional).
  return Object.fromEntries(Object.entries(errors).filter(([field]) => visible(prefix + field))) as E;
}
