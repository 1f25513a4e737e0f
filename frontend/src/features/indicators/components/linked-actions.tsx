import { Link } from 'react-router';
import { RagTag } from '@/components/rag-tag';
import { ShortText } from '@/components/short-text';
import type { Schemas } from '@/lib/api-client';

/** The actions whose impact this indicator measures, with their RAG status. */
export function LinkedActions({ actions }: { actions: Schemas['LinkedAction'][] }) {
  if (actions.length === 0) {
    return <p className="govuk-body">No actions are linked to this indicator.</p>;
  }
  return (
    <table className="govuk-table app-table--compact">
      <caption className="govuk-table__caption govuk-visually-hidden">
        Actions linked to this indicator
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
            RAG
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {actions.map((action) => (
          <tr key={action.id} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              <Link to={`/actions/${action.id}`} className="govuk-link">
                {action.ref}
              </Link>
            </th>
            <td className="govuk-table__cell">
              <ShortText text={action.action} max={160} />
            </td>
            <td className="govuk-table__cell">
              <RagTag rag={action.effectiveRag} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
