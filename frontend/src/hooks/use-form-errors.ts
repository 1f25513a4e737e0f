import { useState } from 'react';
import type { FieldErrors } from '@/components/error-summary';
import { ApiError } from '@/lib/api-client';

/** What a form shows in its error summary: errors beside their fields, or one message. */
export type FormErrors = { errors: FieldErrors; message?: string };

/**
 * What a failed request means for a form. A 400 naming fields puts each message beside its field
 * (`toFields` may rename or group the API's field names to the form's); anything else, or a 400
 * naming no field the form shows, is one message for the summary.
 */
export function formErrorsFrom(
  error: unknown,
  toFields: (errors: FieldErrors) => FieldErrors = (errors) => errors,
): FormErrors {
  const errors =
    error instanceof ApiError && error.status === 400 ? toFields(error.fieldErrors) : {};
  if (Object.keys(errors).length > 0) return { errors };
  return { errors: {}, message: error instanceof Error ? error.message : String(error) };
}

/**
 * A form's errors, from its own checks or from the API's answer, for `<ErrorSummary>` and the
 * fields' `error` props. Each call replaces what was shown before.
 */
export function useFormErrors() {
  const [{ errors, message }, setShown] = useState<FormErrors>({ errors: {} });
  return {
    errors,
    message,
    /** Shows the problems the form found itself; true when there are none and it may be sent. */
    check(found: FieldErrors): boolean {
      setShown({ errors: found });
      return Object.keys(found).length === 0;
    },
    /** Shows why a request failed. */
    showError(error: unknown, toFields?: (errors: FieldErrors) => FieldErrors) {
      setShown(formErrorsFrom(error, toFields));
    },
    /** Shows one message, such as why nothing was sent. */
    showMessage(text: string) {
      setShown({ errors: {}, message: text });
    },
    clear() {
      setShown({ errors: {} });
    },
  };
}
