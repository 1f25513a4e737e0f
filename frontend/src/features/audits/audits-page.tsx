import { Link, useSearchParams } from 'react-router';
import { DataTable } from '@/components/data-table';
import { Select } from '@/components/form-fields';
import { Page } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { QueryState } from '@/components/query-state';
import type { Schemas } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useMe } from '@/lib/me';
import { can } from '@/lib/permissions';
import { teamOptions, useTeams } from '@/lib/reference-data';
import { useAudits, type AuditFilters } from './api/get-audits';
import { useOverdueRecommendations } from './api/get-overdue-recommendations';
import { AuditForm } from './components/audit-form';
import { RecommendationsTable } from './components/recommendations-table';
import { AUDIT_TYPE_NAMES, GRADE_NAMES, gradeName, options } from './utils/audit-text';

type Audit = Schemas['CaseAuditResponse'];

/**
 * Case audits (priority 5): the list with its filters (kept in the URL), the overdue
 * recommendations across all audits, and recording an audit.
 */
export default function AuditsPage() {
  const me = useMe();
  const teams = useTeams();
  const [params, setParams] = useSearchParams();
  const filters: AuditFilters = {
    team: params.get('team') ? Number(params.get('team')) : undefined,
    type: (params.get('type') || undefined) as AuditFilters['type'],
    grade: (params.get('grade') || undefined) as AuditFilters['grade'],
    page: Number(params.get('page') ?? '1'),
    size: 25,
  };
  const audits = useAudits(filters);
  const overdue = useOverdueRecommendations();

  function setFilter(name: string) {
    return (value: string) => {
      const next = new URLSearchParams(params);
      if (value) next.set(name, value);
      else next.delete(name);
      next.delete('page');
      setParams(next);
    };
  }

  return (
    <Page title="Case audits">
      <p className="govuk-body">
        Audits of children&apos;s case files and their recommendations. Indicators 55 to 58 are
        computed from the audits completed each month.
      </p>
      <div className="app-filters">
        <Select
          name="filter-team"
          label="Team"
          value={params.get('team') ?? ''}
          onChange={setFilter('team')}
          options={teamOptions(teams.data ?? [], 'All teams')}
        />
        <Select
          name="filter-type"
          label="Type"
          value={params.get('type') ?? ''}
          onChange={setFilter('type')}
          options={options(AUDIT_TYPE_NAMES, 'All types')}
        />
        <Select
          name="filter-grade"
          label="Grade"
          value={params.get('grade') ?? ''}
          onChange={setFilter('grade')}
          options={options(GRADE_NAMES, 'All grades')}
        />
      </div>
      <QueryState isPending={audits.isPending} error={audits.error}>
        {() => (
          <>
            <DataTable<Audit>
              caption={`Audits (${audits.data!.totalItems})`}
              captionSize="m"
              rows={audits.data!.items}
              rowKey={(a) => a.id}
              empty="No audits match these filters."
              scroll
              columns={[
                {
                  header: 'Case reference',
                  rowHeader: true,
                  cell: (a) => (
                    <Link className="govuk-link" to={`/audits/${a.id}`}>
                      {a.caseReference}
                    </Link>
                  ),
                },
                { header: 'Audit date', cell: (a) => formatDate(a.auditDate) },
                { header: 'Team', cell: (a) => a.teamName },
                { header: 'Type', cell: (a) => AUDIT_TYPE_NAMES[a.type] },
                { header: 'Grade', cell: (a) => gradeName(a.grade) },
                { header: 'Moderated', cell: (a) => gradeName(a.moderatedGrade) },
                { header: 'Completed', cell: (a) => formatDate(a.completedDate) },
                {
                  header: 'In timescale',
                  cell: (a) =>
                    a.completedWithinTimescale === null
                      ? '–'
                      : a.completedWithinTimescale
                        ? 'Yes'
                        : 'No',
                },
                {
                  header: 'Overdue recommendations',
                  numeric: true,
                  cell: (a) => a.overdueRecommendations,
                },
              ]}
            />
            <Pagination
              page={audits.data!.page}
              totalPages={audits.data!.totalPages}
              onPage={(page) => {
                const next = new URLSearchParams(params);
                next.set('page', String(page));
                setParams(next);
              }}
            />
          </>
        )}
      </QueryState>
      <QueryState isPending={overdue.isPending} error={overdue.error}>
        {() => (
          <RecommendationsTable
            caption={`Overdue recommendations across all audits (${overdue.data!.length})`}
            recommendations={overdue.data!}
            withAudit
            empty="No recommendation is overdue."
          />
        )}
      </QueryState>
      {can(me.data ?? undefined, 'audits:write') && teams.data && <AuditForm teams={teams.data} />}
    </Page>
  );
}
