import { ActionsTable } from '@/components/actions-table';
import type { Schemas } from '@/lib/api-client';

/** One priority of the plan with its actions (those on the page that match the filters). */
export function PriorityActions({
  number,
  title,
  statement,
  actions,
}: {
  number: number;
  title: string | undefined;
  statement: string | undefined;
  actions: Schemas['ActionResponse'][];
}) {
  const headingId = `priority-${number}-heading`;
  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={headingId}>
        {title ? `${number}. ${title}` : `Priority ${number}`}
      </h2>
      {statement && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Strategic statement</span>
          </summary>
          <div className="govuk-details__text app-pre-wrap">{statement}</div>
        </details>
      )}
      <ActionsTable actions={actions} caption={`Actions of priority ${number}`} withOutcome />
    </section>
  );
}
