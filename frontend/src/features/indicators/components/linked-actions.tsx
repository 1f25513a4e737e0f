import { Link } from 'react-router';
import { DataTable } from '@/components/data-table';
import { RagTag } from '@/components/rag-tag';
import { ShortText } from '@/components/short-text';
import type { Schemas } from '@/lib/api-client';

/** The actions whose impact this indicator measures, with their RAG status. */
export function LinkedActions({ actions }: { actions: Schemas['LinkedAction'][] }) {
  return (
    <DataTable
      caption="Actions linked to this indicator"
      hideCaption
      columns={[
        {
          header: 'Ref',
          rowHeader: true,
          cell: (action) => (
            <Link to={`/actions/${action.id}`} className="govuk-link">
              {action.ref}
            </Link>
          ),
        },
        { header: 'Action', cell: (action) => <ShortText text={action.action} max={160} /> },
        { header: 'RAG', cell: (action) => <RagTag rag={action.effectiveRag} /> },
      ]}
      rows={actions}
      rowKey={(action) => action.id}
      empty="No actions are linked to this indicator."
    />
  );
}
