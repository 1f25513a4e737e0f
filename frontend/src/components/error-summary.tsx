import { useEffect, useRef } from 'react';

export type FieldErrors = Record<string, string>;

/**
 * The GOV.UK error summary: focused when it appears, each error linking to its field (whose id
 * is the field name, as the API names it). A field is named by `labels`, or else from its name.
 */
export function ErrorSummary({
  errors = {},
  labels = {},
  description,
}: {
  errors?: FieldErrors;
  labels?: Record<string, string>;
  description?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  useEffect(() => {
    if (entries.length > 0 || description) ref.current?.focus();
  }, [entries.length, description]);
  if (entries.length === 0 && !description) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          {description && <p className="govuk-body">{description}</p>}
          {entries.length > 0 && (
            <ul className="govuk-list govuk-error-summary__list">
              {entries.map(([field, message]) => (
                <li key={field}>
                  <a
                    href={`#${fieldId(field)}`}
                  >{`${labels[field] ?? humanise(field)}: ${message}`}</a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}

/** An id safe for an element, from an API field name such as "leads[0]". */
export function fieldId(field: string): string {
  return `field-${field.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

function humanise(field: string): string {
  const words = field.replace(/\[(\d+)\]/g, ' $1').replace(/([a-z])([A-Z])/g, '$1 $2');
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
}
