import { DataTable } from '@/components/data-table';
import { QueryState } from '@/components/query-state';
import { RagTag } from '@/components/rag-tag';
import { formatDateTime } from '@/lib/format';
import { useRagHistory } from '../api/get-rag-history';

/** Every RAG change, newest first: from, to, why, who and when. */
export function RagHistoryTable({ actionId }: { actionId: number }) {
  const history = useRagHistory(actionId);
  return (
    <QueryState isPending={history.isPending} error={history.error}>
      {() => (
        <DataTable
          caption="RAG history, newest first"
          captionSize="s"
          columns={[
            {
              header: 'Change',
              cellClassName: 'app-trend',
              cell: (c) => (
                <>
                  <RagTag rag={c.from} /> <span aria-hidden="true">→</span>
                  <span className="govuk-visually-hidden"> to </span> <RagTag rag={c.to} />
                </>
              ),
            },
            {
              header: 'Reason',
              cellClassName: 'app-pre-wrap',
              cell: (c) => (
                <>
                  {c.reason}
                  {c.evidence && (
                    <span className="govuk-!-display-block app-muted">Evidence: {c.evidence}</span>
                  )}
                </>
              ),
            },
            { header: 'Who', cell: (c) => c.changedBy },
            { header: 'When', cell: (c) => formatDateTime(c.changedAt) },
          ]}
          rows={history.data!}
          rowKey={(c) => c.id}
          empty="No RAG changes have been recorded."
        />
      )}
    </QueryState>
  );
}
