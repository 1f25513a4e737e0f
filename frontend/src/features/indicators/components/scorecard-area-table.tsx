import { targetText } from '@/lib/indicator-text';
import { Link } from 'react-router';
import { Sparkline } from '@/components/charts/sparkline';
import type { Schemas } from '@/lib/api-client';
import { formatFigure } from '@/lib/format';
import { longMonth, shortMonth } from '../utils/indicator-text';
import { DirectionText } from './direction-text';
import { FlagTags } from './flag-tags';
import { TargetStatusTag } from './target-status-tag';

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
  return (
    <section className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={headingId}>
        {title}
      </h2>
      <div
        className="app-table-scroll"
        tabIndex={0}
        role="region"
        aria-label={`${title}: indicators table, scrolls sideways`}
      >
        <table className="govuk-table app-table--compact app-scorecard" aria-labelledby={headingId}>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                No.
              </th>
              <th scope="col" className="govuk-table__header">
                Indicator
              </th>
              {periods.map((period) => (
                <th
                  key={period}
                  scope="col"
                  className="govuk-table__header govuk-table__header--numeric app-nowrap"
                >
                  <span aria-hidden="true">{shortMonth(period)}</span>
                  <span className="govuk-visually-hidden">{longMonth(period)}</span>
                </th>
              ))}
              <th scope="col" className="govuk-table__header">
                Trend
              </th>
              <th scope="col" className="govuk-table__header">
                Direction
              </th>
              <th scope="col" className="govuk-table__header">
                Target
              </th>
              <th scope="col" className="govuk-table__header">
                Status
              </th>
              <th scope="col" className="govuk-table__header">
                MTFP
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {(area.indicators ?? []).map((row) => (
              <ScorecardRow key={row.id} row={row} periods={periods} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ScorecardRow({ row, periods }: { row: Schemas['Row']; periods: string[] }) {
  const cells = row.values ?? [];
  return (
    <tr className="govuk-table__row">
      <td className="govuk-table__cell">{row.number}</td>
      <th scope="row" className="govuk-table__header app-scorecard__name">
        <Link to={`/indicators/${row.id}`} className="govuk-link">
          {row.name}
        </Link>
        <FlagTags flags={row.flags} />
      </th>
      {row.dataStatus ? (
        <td className="govuk-table__cell app-muted" colSpan={Math.max(periods.length, 1)}>
          {row.dataStatus}
        </td>
      ) : (
        periods.map((period, i) => <FigureCell key={period} cell={cells[i]} unit={row.unit} />)
      )}
      <td className="govuk-table__cell">
        {!row.dataStatus && <Sparkline values={cells.map((c) => c?.value ?? null)} />}
      </td>
      <td className="govuk-table__cell">
        <DirectionText direction={row.direction} />
      </td>
      <td className="govuk-table__cell app-nowrap">{targetText(row.target, row.unit)}</td>
      <td className="govuk-table__cell">
        <TargetStatusTag
          status={row.targetStatus}
          distance={row.distanceToTarget}
          unit={row.unit}
        />
      </td>
      <td className="govuk-table__cell app-nowrap">{row.mtfp}</td>
    </tr>
  );
}

function FigureCell({
  cell,
  unit,
}: {
  cell: Schemas['Cell'] | null | undefined;
  unit: Schemas['Unit'] | undefined;
}) {
  if (!cell || cell.value === undefined || cell.value === null) {
    return (
      <td className="govuk-table__cell govuk-table__cell--numeric">
        <span aria-hidden="true">–</span>
        <span className="govuk-visually-hidden">No figure</span>
      </td>
    );
  }
  return (
    <td className="govuk-table__cell govuk-table__cell--numeric app-nowrap">
      {cell.display || formatFigure(cell.value, unit ?? 'COUNT')}
      {cell.status === 'PROVISIONAL' && (
        <>
          {' '}
          <span aria-hidden="true">(p)</span>
          <span className="govuk-visually-hidden">(provisional)</span>
        </>
      )}
    </td>
  );
}
