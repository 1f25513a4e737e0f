import { Link } from 'react-router';
import { DataTable, type Column } from '@/components/data-table';
import type { Schemas } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { RECOMMENDATION_STATUS_NAMES } from '../utils/audit-text';

type Recommendation = Schemas['RecommendationResponse'];

/** Recommendations with their owner, due date and status; overdue ones stand out. */
export function RecommendationsTable({
  caption,
  recommendations,
  withAudit = false,
  empty,
}: {
  caption: string;
  recommendations: Recommendation[];
  /** Names the audit of each recommendation, for a list across audits. */
  withAudit?: boolean;
  empty: string;
}) {
  const columns: Column<Recommendation>[] = [
    ...(withAudit
      ? [
          {
            header: 'Audit',
            rowHeader: true,
            cell: (r: Recommendation) => (
              <Link className="govuk-link" to={`/audits/${r.auditId}`}>
                {r.caseReference} ({r.teamCode})
              </Link>
            ),
          },
        ]
      : []),
    { header: 'Recommendation', cell: (r) => r.text },
    { header: 'Owner', cell: (r) => r.owner },
    { header: 'Due', cell: (r) => formatDate(r.dueDate) },
    {
      header: 'Status',
      cell: (r) =>
        r.overdue ? (
          <strong className="govuk-tag govuk-tag--red">Overdue</strong>
        ) : (
          <strong className="govuk-tag govuk-tag--grey">
            {RECOMMENDATION_STATUS_NAMES[r.status]}
          </strong>
        ),
    },
    { header: 'Completion note', cell: (r) => r.completionNote ?? '' },
  ];
  return (
    <DataTable
      caption={caption}
      captionSize="m"
      columns={columns}
      rows={recommendations}
      rowKey={(r) => r.id}
      empty={empty}
      scroll
    />
  );
}
