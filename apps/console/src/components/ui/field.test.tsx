import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderUi } from '../../test/render-ui';
import { Field, fieldDescribedBy } from './field';
import { Input } from './input';

describe('Field', () => {
  it('labels the control and exposes hint and error ids for aria-describedby', () => {
    renderUi(
      <Field label="Name" htmlFor="name" hint="Shown in logs" error="Required">
        <Input id="name" invalid aria-describedby={fieldDescribedBy('name', { hint: 'x', error: 'y' })} />
      </Field>,
    );
    const input = screen.getByLabelText('Name');
    expect(input.getAttribute('aria-describedby')).toBe('name-hint name-error');
    expect(document.getElementById('name-hint')?.textContent).toBe('Shown in logs');
    const error = screen.getByRole('alert');
    expect(error.id).toBe('name-error');
    expect(error.textContent).toBe('Required');
  });

  it('renders no hint or error elements when absent', () => {
    renderUi(
      <Field label="Name" htmlFor="n2" error={undefined}>
        <Input id="n2" />
      </Field>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.getElementById('n2-hint')).toBeNull();
    expect(fieldDescribedBy('n2', {})).toBeUndefined();
  });
});
