import { ActionsTable } from '@/components/actions-table';
import { Section } from '@/components/section';
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
  return (
    <Section
      headingId={`priority-${number}-heading`}
      title={title ? `${number}. ${title}` : `Priority ${number}`}
    >
      {statement && (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Strategic statement</span>
          </summary>
          <div className="govuk-details__text app-pre-wrap">{statement}</div>
        </details>
      )}
      <ActionsTable actions={actions} caption={`Actions of priority ${number}`} withOutcome />
    </Section>
  );
}
