import { ErrorSummary as GovukErrorSummary } from 'govuk-frontend';
import { useGovukComponent } from '@/lib/govuk-frontend';

export type FieldErrors = Record<string, string>;

/**
 * The GOV.UK error summary, each error linking to its field (whose id is the field name, as the
 * API names it). A field is named by `labels`, or else from its name.
 *
 * GOV.UK Frontend's script runs it: the summary takes focus when it appears, and a link moves
 * focus to its field (scrolling its label or legend into view). Different errors make a new
 * summary, which takes focus again, as a page showing them would.
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
  const items = Object.entries(errors).map(([field, message]) => ({
    field,
    text: `${labels[field] ?? humanise(field)}: ${message}`,
  }));
  if (items.length === 0 && !description) return null;
  return (
    <Summary key={JSON.stringify([items, description])} items={items} description={description} />
  );
}

function Summary({
  items,
  description,
}: {
  items: { field: string; text: string }[];
  description?: string;
}) {
  const start = useGovukComponent(GovukErrorSummary);
  return (
    <div
      className="govuk-error-summary"
      data-module="govuk-error-summary"
      ref={start}
      tabIndex={-1}
    >
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          {description && <p className="govuk-body">{description}</p>}
          {items.length > 0 && (
            <ul className="govuk-list govuk-error-summary__list">
              {items.map(({ field, text }) => (
                <li key={field}>
                  <a href={`#${fieldId(field)}`}>{text}</a>
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
