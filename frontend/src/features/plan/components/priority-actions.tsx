import { Link } from 'react-router';
import { RagTag } from '@/components/rag-tag';
import { ShortText } from '@/components/short-text';
import type { Schemas } from '@/lib/api-client';
import { formatDate } from '@/lib/format';

/** One priority of the plan with its actions (those on the page that match the filters). */
export function PriorityActions({
  number,
  title,
  statement,
  actions,
}: {
  number: number | undefined;
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
      <div className="app-table-scroll">
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-visually-hidden">
            Actions of priority {number}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Ref
              </th>
              <th scope="col" className="govuk-table__header">
                Desired outcome
              </th>
              <th scope="col" className="govuk-table__header">
                Action
              </th>
              <th scope="col" className="govuk-table__header">
                Lead
              </th>
              <th scope="col" className="govuk-table__header">
                Due
              </th>
              <th scope="col" className="govuk-table__header">
                RAG
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {actions.map((action) => (
              <tr key={action.id} className="govuk-table__row">
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/actions/${action.id}`}>
                    <span className="govuk-visually-hidden">Action </span>
                    {action.ref}
                  </Link>
                </td>
                <td className="govuk-table__cell">
                  <ShortText text={action.desiredOutcome} max={80} />
                </td>
                <td className="govuk-table__cell">
                  <ShortText text={action.action} max={120} />
                </td>
                <td className="govuk-table__cell">{(action.leads ?? []).join(', ')}</td>
                <td className="govuk-table__cell">
                  {action.dueWording}
                  {action.dueDate && (
                    <span
                      className={`govuk-!-display-block${action.dueWording ? ' app-muted' : ''}`}
                    >
                      {formatDate(action.dueDate)}
                    </span>
                  )}
                </td>
                <td className="govuk-table__cell app-trend">
                  <RagTag rag={action.effectiveRag} />
                  {action.overdue && action.rag !== action.effectiveRag && ' (overdue)'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
