import { useParams } from 'react-router';
import { Page } from '@/components/page';
import { QueryState } from '@/components/query-state';
import type { Schemas } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useMe } from '@/lib/me';
import { can } from '@/lib/permissions';
import { useAudit, useRecommendations } from './api/get-audit';
import { RecommendationForm } from './components/recommendation-form';
import { RecommendationsTable } from './components/recommendations-table';
import { AUDIT_TYPE_NAMES, gradeName } from './utils/audit-text';

/** One audit: what was found, and its recommendations with the overdue ones highlighted. */
export default function AuditPage() {
  const id = Number(useParams().id);
  const me = useMe();
  const audit = useAudit(id);
  const recommendations = useRecommendations(id);
  return (
    <Page
      title={audit.data ? `Audit of ${audit.data.caseReference}` : 'Audit'}
      back={{ to: '/audits', label: 'Back to case audits' }}
    >
      <QueryState isPending={audit.isPending} error={audit.error}>
        {() => <AuditSummary audit={audit.data!} />}
      </QueryState>
      <QueryState isPending={recommendations.isPending} error={recommendations.error}>
        {() => (
          <RecommendationsTable
            caption="Recommendations"
            recommendations={recommendations.data!}
            empty="This audit made no recommendations."
          />
        )}
      </QueryState>
      {can(me.data ?? undefined, 'audits:write') && <RecommendationForm auditId={id} />}
    </Page>
  );
}

function AuditSummary({ audit }: { audit: Schemas['CaseAuditResponse'] }) {
  const rows: [string, string][] = [
    ['Team', audit.teamName],
    ['Auditor', audit.auditor],
    ['Type', AUDIT_TYPE_NAMES[audit.type]],
    ['Audit date', formatDate(audit.auditDate)],
    ['Due', formatDate(audit.dueDate)],
    ['Completed', audit.completedDate ? formatDate(audit.completedDate) : 'Not yet'],
    [
      'Completed within timescale',
      audit.completedWithinTimescale === null ? '–' : audit.completedWithinTimescale ? 'Yes' : 'No',
    ],
    ['Grade', gradeName(audit.grade)],
    ['Grade after moderation', gradeName(audit.moderatedGrade)],
    ['Themes', audit.themes.join(', ') || '–'],
    ['Learning', audit.learning ?? '–'],
  ];
  return (
    <dl className="govuk-summary-list">
      {rows.map(([key, value]) => (
        <div className="govuk-summary-list__row" key={key}>
          <dt className="govuk-summary-list__key">{key}</dt>
          <dd className="govuk-summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
