import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Radios } from './choice-fields';
import { ErrorSummary, type FieldErrors } from './error-summary';
import { TextField } from './form-fields';

/** A form as the app writes them: the summary above fields named as the API names them. */
function Form({ initial = {} }: { initial?: FieldErrors }) {
  const [errors, setErrors] = useState<FieldErrors>(initial);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setErrors({ displayName: 'Enter a name', kind: 'Choose a kind' });
      }}
    >
      <ErrorSummary errors={errors} />
      <TextField name="displayName" label="Full name" value="" onChange={() => {}} />
      <Radios
        name="kind"
        legend="Kind"
        value=""
        onChange={() => {}}
        options={[
          { value: 'COUNCIL', label: 'Council' },
          { value: 'PARTNER', label: 'Partner agency' },
        ]}
      />
      <button type="submit">Save</button>
    </form>
  );
}

describe('ErrorSummary', () => {
  it('takes focus when it appears', async () => {
    render(<Form />);
    expect(screen.queryByText('There is a problem')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    const summary = screen.getByText('There is a problem').closest('.govuk-error-summary');
    expect(summary).toHaveFocus();
  });

  it('moves focus to the field when one of its links is clicked', async () => {
    render(<Form initial={{ displayName: 'Enter a name' }} />);
    const link = screen.getByRole('link', { name: 'Display name: Enter a name' });
    expect(link).toHaveAttribute('href', '#field-displayName');
    await userEvent.click(link);
    expect(screen.getByLabelText('Full name')).toHaveFocus();
  });

  it('moves focus to the first choice of a group of radios', async () => {
    render(<Form />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await userEvent.click(screen.getByRole('link', { name: 'Kind: Choose a kind' }));
    expect(screen.getByLabelText('Council')).toHaveFocus();
  });

  it('starts GOV.UK Frontend’s script once, though StrictMode attaches it twice', async () => {
    const logged = vi.spyOn(console, 'error');
    render(
      <StrictMode>
        <Form initial={{ displayName: 'Enter a name' }} />
      </StrictMode>,
    );
    await userEvent.click(screen.getByRole('link', { name: 'Display name: Enter a name' }));
    expect(screen.getByLabelText('Full name')).toHaveFocus();
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });

  it('names a field by its label where one is given', () => {
    render(<ErrorSummary errors={{ 'note-7': 'is too long' }} labels={{ 'note-7': 'Note' }} />);
    expect(screen.getByRole('link', { name: 'Note: is too long' })).toHaveAttribute(
      'href',
      '#field-note-7',
    );
  });

  it('shows nothing when there is no error', () => {
    const { container } = render(<ErrorSummary errors={{}} />);
    expect(container).toBeEmptyDOMElement();
  });
});
