import { Link } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { RagTag } from './rag-tag';
import { ShortText } from './short-text';

/**
 * Action rows as a table: ref (linking to the action), optionally the desired outcome, the
 * action, its leads, when it is due and its effective RAG.
 */
export function ActionsTable({
  actions,
  caption,
  withOutcome = false,
}: {
  actions: Schemas['ActionResponse'][];
  caption: string;
  withOutcome?: boolean;
}) {
  return (
    <div className="app-table-scroll">
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Ref
            </th>
            {withOutcome && (
              <th scope="col" className="govuk-table__header">
                Desired outcome
              </th>
            )}
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
              {withOutcome && (
                <td className="govuk-table__cell">
                  <ShortText text={action.desiredOutcome} max={80} />
                </td>
              )}
              <td className="govuk-table__cell">
                <ShortText text={action.action} max={withOutcome ? 120 : 100} />
              </td>
              <td className="govuk-table__cell">{(action.leads ?? []).join(', ')}</td>
              <td className="govuk-table__cell">
                {action.dueWording && action.dueWording !== formatDate(action.dueDate) && (
                  <span className="govuk-!-display-block">{action.dueWording}</span>
                )}
                {action.dueDate && (
                  <span className={action.dueWording ? 'app-muted' : undefined}>
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
  );
}
