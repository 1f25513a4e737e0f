import { useState } from 'react';
import type { FieldErrors } from '@/components/error-summary';

/**
 * A form's text values by API field name, and `bind(name)`: the props a field from
 * form-fields.tsx takes (its name, value, change handler and error), so that each field is one line.
 */
export function useFormFields<F extends Record<string, string>>(initial: F, errors: FieldErrors) {
  const [fields, setFields] = useState<F>(initial);
  return {
    fields,
    setFields,
    bind(name: keyof F & string) {
      return {
        name,
        value: fields[name],
        onChange: (value: string) => setFields((f) => ({ ...f, [name]: value })),
        error: errors[name],
      };
    },
  };
}
