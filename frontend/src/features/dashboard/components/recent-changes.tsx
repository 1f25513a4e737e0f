import { Link } from 'react-router';
import { DataTable } from '@/components/data-table';
import { FieldChanges } from '@/components/field-changes';
import { ragLabel, ragOf } from '@/components/rag-tag';
import type { Schemas } from '@/lib/api-client';
import { eventName } from '@/lib/event-names';
import { formatDateTime } from '@/lib/format';
import { RECENT_CHANGES, useRecentChanges } from '../api/get-recent-changes';
import { entityPath } from '../utils/change-text';
import { DashboardSection } from './dashboard-section';

/** The latest changes to actions and indicators. */
export function RecentChanges() {
  const changes = useRecentChanges(RECENT_CHANGES);
  return (
    <DashboardSection id="recent-changes" title="Recent changes" query={changes}>
      {(data) => <ChangesTable changes={data} />}
    </DashboardSection>
  );
}

function ChangesTable({ changes }: { changes: Schemas['AuditResponse'][] }) {
  return (
    <DataTable
      caption="The latest changes, newest first"
      hideCaption
      columns={[
        {
          header: 'When',
          cellClassName: 'app-trend',
          cell: (change) => formatDateTime(change.occurredAt),
        },
        {
          header: 'Change',
          cell: (change) => (
            <>
              {eventName(change.event)}
              {change.event === 'RAG_CHANGED' ? (
                <RagChange change={change} />
              ) : (
                <FieldChanges changes={change.changes} />
              )}
            </>
          ),
        },
        { header: 'Item', cell: (change) => <Entity change={change} /> },
        { header: 'By', cell: (change) => change.actorName ?? 'System' },
      ]}
      rows={changes}
      rowKey={(change) => change.id}
      empty="Nothing has changed yet."
      scroll
    />
  );
}

function Entity({ change }: { change: Schemas['AuditResponse'] }) {
  const name = change.subject;
  const path = entityPath(change.entityType, change.entityId);
  return path ? (
    <Link className="govuk-link" to={path}>
      {name}
    </Link>
  ) : (
    <>{name}</>
  );
}

/** The RAG before and after, as the audit records them: { rag, reason }. */
function RagChange({ change }: { change: Schemas['AuditResponse'] }) {
  const before = ragOf(change.before?.rag);
  const after = ragOf(change.after?.rag);
  return (
    <span className="govuk-!-display-block app-muted">
      {ragLabel(before)} <span aria-hidden="true">→</span>
      <span className="govuk-visually-hidden"> to</span> {ragLabel(after)}
    </span>
  );
}
