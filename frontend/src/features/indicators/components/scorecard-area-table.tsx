import { targetText } from '@/lib/indicator-text';
import { Link } from 'react-router';
import { Sparkline } from '@/components/charts/sparkline';
import { DataTable, type Column } from '@/components/data-table';
import { MonthHeader } from '@/components/month-header';
import { FigureCell } from '@/components/figure-cell';
import type { Schemas } from '@/lib/api-client';
import { DirectionText } from './direction-text';
import { FlagTags } from './flag-tags';
import { TargetStatusTag } from './target-status-tag';

type Row = Schemas['Row'];

/** The title of an area as the plan heads its table: "Quality Assurance and Audit (auditing)". */
export function areaTitle(area: Schemas['Area']): string {
  return [area.area, area.areaNote ? `(${area.areaNote})` : null].filter(Boolean).join(' ');
}

/** One area of the scorecard: its heading and its table of indicators by month. */
export function ScorecardAreaTable({
  area,
  periods,
  index,
}: {
  area: Schemas['Area'];
  periods: string[];
  index: number;
}) {
  const title = areaTitle(area);
  const headingId = `scorecard-area-${index}`;
  const columns: Column<Row>[] = [
    { header: 'No.', cell: (row) => row.number },
    {
      header: 'Indicator',
      rowHeader: true,
      cellClassName: 'app-scorecard__name',
      cell: (row) => (
        <>
          <Link to={`/indicators/${row.id}`} className="govuk-link">
            {row.name}
          </Link>
          <FlagTags flags={row.flags} />
          {row.dataStatus && !noteOnly(row) && (
            <span className="govuk-body-s app-muted app-scorecard__note">{row.dataStatus}</span>
          )}
        </>
      ),
    },
    ...periods.map((period, i): Column<Row> => ({
      header: <MonthHeader period={period} />,
      key: period,
      numeric: true,
      headerClassName: 'app-nowrap',
      // An indicator without figures says why, across the months; figures, once entered, show.
      colSpan: (row) => (noteOnly(row) ? periods.length : undefined),
      cellClassName: (row) => (noteOnly(row) ? 'app-muted' : 'app-nowrap'),
      cell: (row) =>
        noteOnly(row) ? row.dataStatus : <FigureCell cell={row.values[i]} unit={row.unit} />,
    })),
    {
      header: 'Trend',
      cell: (row) =>
        !noteOnly(row) && <Sparkline values={row.values.map((c) => c?.value ?? null)} />,
    },
    { header: 'Direction', cell: (row) => <DirectionText direction={row.direction} /> },
    {
      header: 'Target',
      cellClassName: 'app-nowrap',
      cell: (row) => targetText(row.target, row.unit),
    },
    {
      header: 'Status',
      cell: (row) => (
        <TargetStatusTag
          status={row.targetStatus}
          distance={row.distanceToTarget}
          unit={row.unit}
        />
      ),
    },
    { header: 'MTFP', cellClassName: 'app-nowrap', cell: (row) => row.mtfp },
  ];
  return (
    <section className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={headingId}>
        {title}
      </h2>
      <DataTable
        labelledBy={headingId}
        className="app-scorecard"
        columns={columns}
        rows={area.indicators}
        rowKey={(row) => row.id}
        scroll={{ label: `${title}: indicators table, scrolls sideways` }}
      />
    </section>
  );
}

/** A row whose note stands in for its figures: it has a note and no figure in the months shown. */
function noteOnly(row: Row): boolean {
  return Boolean(row.dataStatus) && row.values.every((cell) => cell === null);
}
