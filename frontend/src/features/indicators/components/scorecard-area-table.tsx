import { targetText } from '@/lib/indicator-text';
import { Link } from 'react-router';
import { Sparkline } from '@/components/charts/sparkline';
import { DataTable, type Column } from '@/components/data-table';
import { MonthHeader } from '@/components/month-header';
import { FigureCell } from '@/components/figure-cell';
import type { Schemas } from '@/lib/api-client';
import { DirectionText } from './direction-text';
import { FlagTags } from './flag-tags';
import { areaTitle, noteOnly, type Row } from './scorecard-row';
import { TargetStatusTag } from './target-status-tag';
import { SCORECARD_COLUMN_REMS as widths } from '../utils/fit-months';

const rem = (width: number) => `${width}rem`;

/**
 * One area of the scorecard: its heading and its table of indicators by month, leaving out the
 * earliest `hidden` months (when the screen is too narrow for them). Its columns have the widths
 * the months were fitted by; the indicator's name takes the rest.
 */
export function ScorecardAreaTable({
  area,
  periods: allPeriods,
  hidden = 0,
  index,
}: {
  area: Schemas['Area'];
  periods: string[];
  hidden?: number;
  index: number;
}) {
  const title = areaTitle(area);
  const headingId = `scorecard-area-${index}`;
  const periods = allPeriods.slice(hidden);
  const columns: Column<Row>[] = [
    { header: 'No.', width: rem(widths.number), cell: (row) => row.number },
    {
      header: 'Indicator',
      rowHeader: true,
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
      headerClassName: 'app-nowrap app-scorecard__month',
      width: rem(widths.month),
      // An indicator without figures says why, across the months; figures, once entered, show.
      colSpan: (row) => (noteOnly(row) ? periods.length : undefined),
      cellClassName: (row) => (noteOnly(row) ? 'app-muted' : 'app-nowrap'),
      cell: (row) =>
        noteOnly(row) ? (
          row.dataStatus
        ) : (
          <FigureCell cell={row.values[hidden + i]} unit={row.unit} />
        ),
    })),
    {
      // The line is of every month chosen, those left out to fit the screen included.
      header: 'Direction',
      width: rem(widths.direction),
      cell: (row) => (
        <>
          {!noteOnly(row) && <Sparkline values={row.values.map((c) => c?.value ?? null)} />}
          <span className="app-scorecard__direction">
            <DirectionText direction={row.direction} />
          </span>
        </>
      ),
    },
    {
      header: 'Target',
      width: rem(widths.target),
      cell: (row) => targetText(row.target, row.unit),
    },
    {
      header: 'Status',
      width: rem(widths.status),
      cell: (row) => (
        <TargetStatusTag
          status={row.targetStatus}
          distance={row.distanceToTarget}
          unit={row.unit}
        />
      ),
    },
    {
      header: 'MTFP',
      width: rem(widths.mtfp),
      cellClassName: 'app-nowrap',
      cell: (row) => row.mtfp,
    },
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
