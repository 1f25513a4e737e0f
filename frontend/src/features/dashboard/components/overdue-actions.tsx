import { Link } from 'react-router';
import { QueryState } from '@/components/query-state';
import { RagTag } from '@/components/rag-tag';
import { ShortText } from '@/components/short-text';
import type { Schemas } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useOverdueActions } from '../api/get-overdue-actions';

/** Actions past their due date and not implemented. */
export function OverdueActions() {
  const overdue = useOverdueActions();
  return (
    <section aria-labelledby="overdue-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="overdue-heading">
        Overdue actions
      </h2>
      <QueryState isPending={overdue.isPending} error={overdue.error}>
        {() => <OverdueTable page={overdue.data!} />}
      </QueryState>
    </section>
  );
}

function OverdueTable({ page }: { page: Schemas['PageActionResponse'] }) {
  const items = page.items ?? [];
  const total = Number(page.totalItems ?? items.length);
  if (total === 0) {
    return <p className="govuk-body">No actions are overdue.</p>;
  }
  return (
    <>
      <p className="govuk-body">
        <strong>
          {total === 1 ? '1 action is' : `${total.toLocaleString('en-GB')} actions are`}
        </strong>{' '}
        past their due date and not implemented.
      </p>
      <div className="app-table-scroll">
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-visually-hidden">
            Overdue actions, the longest overdue first
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Ref
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
            {items.map((action) => (
              <tr key={action.id} className="govuk-table__row">
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/actions/${action.id}`}>
                    <span className="govuk-visually-hidden">Action </span>
                    {action.ref}
                  </Link>
                </td>
                <td className="govuk-table__cell">
                  <ShortText text={action.action} max={100} />
                </td>
                <td className="govuk-table__cell">{(action.leads ?? []).join(', ')}</td>
                <td className="govuk-table__cell app-trend">{formatDate(action.dueDate)}</td>
                <td className="govuk-table__cell">
                  <RagTag rag={action.effectiveRag} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {total > items.length && (
        <p className="govuk-body">
          <Link className="govuk-link" to="/plan?overdue=true">
            See all {total.toLocaleString('en-GB')} overdue actions in the plan
          </Link>
        </p>
      )}
    </>
  );
}
