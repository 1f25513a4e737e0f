import type { ReactNode } from 'react';
import { fieldId } from './error-summary';

/**
 * What every GOV.UK field shows between its label (or legend) and its input: a hint and an error
 * message, each with an id that the input's aria-describedby names, so that screen readers read
 * them with the field. The field's id comes from its API name, so that error links reach it.
 */
export function fieldIds(
  name: string,
  { hint, error }: { hint?: ReactNode; error?: string },
): { id: string; describedBy?: string } {
  const id = fieldId(name);
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return { id, describedBy: described.length > 0 ? described.join(' ') : undefined };
}

/** The GOV.UK form group around a field, marked when the field is in error. */
export function formGroupClass(error: string | undefined): string {
  return `govuk-form-group${error ? ' govuk-form-group--error' : ''}`;
}

/** The field's hint and error message, with the ids `fieldIds` gives them. */
export function FieldMessages({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: ReactNode;
  error?: string;
}) {
  return (
    <>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
    </>
  );
}
