import { QueryState } from '@/components/query-state';
import { RagTag } from '@/components/rag-tag';
import { formatDateTime } from '@/lib/format';
import { useRagHistory } from '../api/get-rag-history';

/** Every RAG change, newest first: from, to, why, who and when. */
export function RagHistoryTable({ actionId }: { actionId: number }) {
  const history = useRagHistory(actionId);
  return (
    <QueryState isPending={history.isPending} error={history.error}>
      {() =>
        history.data?.length === 0 ? (
          <p className="govuk-body">No RAG changes have been recorded.</p>
        ) : (
          <table className="govuk-table app-table--compact">
            <caption className="govuk-table__caption govuk-table__caption--s">
              RAG history, newest first
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Change
                </th>
                <th scope="col" className="govuk-table__header">
                  Reason
                </th>
                <th scope="col" className="govuk-table__header">
                  Who
                </th>
                <th scope="col" className="govuk-table__header">
                  When
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {history.data?.map((c) => (
                <tr className="govuk-table__row" key={c.id}>
                  <td className="govuk-table__cell app-trend">
                    <RagTag rag={c.from} /> <span aria-hidden="true">→</span>
                    <span className="govuk-visually-hidden"> to </span> <RagTag rag={c.to} />
                  </td>
                  <td className="govuk-table__cell app-pre-wrap">{c.reason}</td>
                  <td className="govuk-table__cell">{c.changedBy}</td>
                  <td className="govuk-table__cell">{formatDateTime(c.changedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    </QueryState>
  );
}
