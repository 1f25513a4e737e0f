import { useSearchParams } from 'react-router';
import { DataTable } from '@/components/data-table';
import { TextField } from '@/components/form-fields';
import { Page } from '@/components/page';
import { QueryState } from '@/components/query-state';
import type { Schemas } from '@/lib/api-client';
import { formatPeriod } from '@/lib/format';
import { useMe } from '@/lib/me';
import { can } from '@/lib/permissions';
import { useTeams } from '@/lib/reference-data';
import { useLatestMonth, useWorkforceSummary } from './api/get-workforce-summary';
import { useWorkforceTrends } from './api/get-workforce-trends';
import { CaseloadForm } from './components/caseload-form';
import { CaseloadHistogram } from './components/caseload-histogram';
import { TrendChart } from './components/trend-chart';

type TeamSummary = Schemas['TeamSummary'];

/**
 * Workforce and caseloads (priority 6): a month's caseloads per team with their spread against
 * the 20-children line, supervision timeliness, vacancy and turnover over time.
 */
export default function WorkforcePage() {
  const me = useMe();
  const teams = useTeams();
  const [params, setParams] = useSearchParams();
  const latest = useLatestMonth();
  const month = params.get('month') || latest.data || undefined;
  const summary = useWorkforceSummary(month);
  const trends = useWorkforceTrends();

  return (
    <Page title="Workforce and caseloads">
      <TextField
        name="month"
        label="Month"
        type="month"
        width="govuk-input--width-10"
        value={month ?? ''}
        onChange={(value) => setParams(value ? { month: value } : {})}
      />
      {!month && !latest.isPending && (
        <p className="govuk-body">No caseload snapshots have been recorded yet.</p>
      )}
      {month && (
        <QueryState isPending={summary.isPending} error={summary.error}>
          {() => <MonthSummary month={month} teams={summary.data!.teams} />}
        </QueryState>
      )}
      <h2 className="govuk-heading-m">Over time</h2>
      <QueryState isPending={trends.isPending} error={trends.error}>
        {() => (
          <>
            <TrendChart
              title="Case supervisions held in time, by team"
              periods={trends.data!.periods}
              trends={trends.data!.supervision}
              name={(t) => t.indicator.name.replace(/^.*–\s*/, '').replace(/\s*\(.*$/, '')}
            />
            <TrendChart
              title="Social worker turnover and vacancy rates"
              periods={trends.data!.periods}
              trends={trends.data!.posts}
              name={(t) => (t.indicator.derivation?.endsWith('TURNOVER') ? 'Turnover' : 'Vacancy')}
            />
          </>
        )}
      </QueryState>
      {can(me.data ?? undefined, 'workforce:write') && teams.data && (
        <CaseloadForm key={month} teams={teams.data} month={month ?? ''} />
      )}
    </Page>
  );
}

function MonthSummary({ month, teams }: { month: string; teams: TeamSummary[] }) {
  return (
    <>
      <DataTable<TeamSummary>
        caption={`Caseloads and supervision at the end of ${formatPeriod(month)}`}
        captionSize="m"
        rows={teams}
        rowKey={(t) => t.teamId}
        empty={`No snapshots for ${formatPeriod(month)}.`}
        scroll
        columns={[
          { header: 'Team', rowHeader: true, cell: (t) => t.teamName },
          { header: 'Workers', numeric: true, cell: (t) => t.workers },
          { header: 'Average caseload', numeric: true, cell: (t) => t.averageCaseload ?? '–' },
          { header: 'Largest caseload', numeric: true, cell: (t) => t.largestCaseload ?? '–' },
          { header: 'Social workers over 20 children', numeric: true, cell: (t) => t.over20 },
          {
            header: 'Supervisions in time',
            numeric: true,
            cell: (t) =>
              t.supervisionInTimePercent === null
                ? '–'
                : `${t.supervisionInTimePercent.toFixed(1)}% (${t.supervisionsInTime} of ${t.supervisionsDue})`,
          },
          {
            header: 'Vacant FTE',
            numeric: true,
            cell: (t) =>
              t.establishment
                ? `${t.establishment.vacantFte} of ${t.establishment.establishmentFte}`
                : '–',
          },
        ]}
      />
      <h2 className="govuk-heading-m">Caseloads by team</h2>
      {teams
        .filter((t) => t.workers > 0)
        .map((t) => (
          <section key={t.teamId} aria-labelledby={`team-${t.teamId}`}>
            <h3 className="govuk-heading-s" id={`team-${t.teamId}`}>
              {t.teamName}
            </h3>
            <CaseloadHistogram team={t} />
          </section>
        ))}
    </>
  );
}
