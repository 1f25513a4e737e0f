import { Link } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { DataTable, type Column } from './data-table';
import { RagTag } from './rag-tag';
import { ShortText } from './short-text';

type Action = Schemas['ActionResponse'];

/**
 * Action rows as a table: ref (linking to the action), optionally the desired outcome, the
 * action, its leads, when it is due and its effective RAG.
 */
export function ActionsTable({
  actions,
  caption,
  withOutcome = false,
}: {
  actions: Action[];
  caption: string;
  withOutcome?: boolean;
}) {
  const columns: Column<Action>[] = [
    {
      header: 'Ref',
      cell: (action) => (
        <Link className="govuk-link" to={`/actions/${action.id}`}>
          <span className="govuk-visually-hidden">Action </span>
          {action.ref}
        </Link>
      ),
    },
    ...(withOutcome
      ? [
          {
            header: 'Desired outcome',
            cell: (action: Action) => <ShortText text={action.desiredOutcome} max={80} />,
          },
        ]
      : []),
    {
      header: 'Action',
      cell: (action) => <ShortText text={action.action} max={withOutcome ? 120 : 100} />,
    },
    { header: 'Lead', cell: (action) => action.leads.join(', ') },
    {
      header: 'Due',
      cell: (action) => (
        <>
          {action.dueWording && action.dueWording !== formatDate(action.dueDate) && (
            <span className="govuk-!-display-block">{action.dueWording}</span>
          )}
          {action.dueDate && (
            <span className={action.dueWording ? 'app-muted' : undefined}>
              {formatDate(action.dueDate)}
            </span>
          )}
        </>
      ),
    },
    {
      header: 'RAG',
      cellClassName: 'app-trend',
      cell: (action) => (
        <>
          <RagTag rag={action.effectiveRag} />
          {action.overdue && action.rag !== action.effectiveRag && ' (overdue)'}
        </>
      ),
    },
  ];
  return (
    <DataTable
      caption={caption}
      hideCaption
      columns={columns}
      rows={actions}
      rowKey={(action) => action.id}
      scroll
    />
  );
}
