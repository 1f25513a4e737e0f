import { Link } from 'react-router';
import { Sparkline } from '@/components/charts/sparkline';
import { FigureCell } from '@/components/figure-cell';
import type { Schemas } from '@/lib/api-client';
import { targetText } from '@/lib/indicator-text';
import { mediumMonth } from '@/lib/months';
import { DirectionText } from './direction-text';
import { FlagTags } from './flag-tags';
import { areaTitle, noteOnly, type Row } from './scorecard-row';
import { TargetStatusTag } from './target-status-tag';

/**
 * One area of the scorecard on a narrow screen: a card per indicator with its status against
 * target first, then its latest figure, target, direction of travel and MTFP.
 */
export function ScorecardAreaCards({
  area,
  periods,
  index,
}: {
  area: Schemas['Area'];
  periods: string[];
  index: number;
}) {
  const headingId = `scorecard-area-${index}`;
  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby={headingId}>
      <h2 className="govuk-heading-m" id={headingId}>
        {areaTitle(area)}
      </h2>
      <ul className="govuk-list app-scorecard-cards" aria-labelledby={headingId}>
        {area.indicators.map((row) => (
          <li key={row.id} className="govuk-summary-card app-scorecard-card">
            <div className="govuk-summary-card__title-wrapper">
              <h3 className="govuk-summary-card__title">
                <Link to={`/indicators/${row.id}`} className="govuk-link">
                  {row.number}. {row.name}
                </Link>
                <FlagTags flags={row.flags} />
              </h3>
            </div>
            <dl className="govuk-summary-card__content app-scorecard-card__facts">
              <dt>Status</dt>
              <dd className="app-scorecard-card__status">
                <TargetStatusTag
                  status={row.targetStatus}
                  distance={row.distanceToTarget}
                  unit={row.unit}
                />
              </dd>
              <dt>Latest</dt>
              <dd>
                <LatestFigure row={row} periods={periods} />
              </dd>
              <dt>Target</dt>
              <dd>{targetText(row.target, row.unit)}</dd>
              <dt>Direction</dt>
              <dd>
                <DirectionText direction={row.direction} />
                {!noteOnly(row) && (
                  <Sparkline values={row.values.map((c) => c?.value ?? null)} height={20} />
                )}
              </dd>
              {row.mtfp && (
                <>
                  <dt>MTFP</dt>
                  <dd>{row.mtfp}</dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The latest figure in the months shown, with its month; else the data-status note, or a dash. */
function LatestFigure({ row, periods }: { row: Row; periods: string[] }) {
  const index = row.values.findLastIndex((cell) => cell !== null);
  if (index < 0) {
    return row.dataStatus ? (
      <span className="app-muted">{row.dataStatus}</span>
    ) : (
      <span className="app-muted">No figure in these months</span>
    );
  }
  return (
    <>
      <FigureCell cell={row.values[index]} unit={row.unit} /> in {mediumMonth(periods[index])}
      {row.dataStatus && (
        <span className="govuk-body-s app-muted app-scorecard__note">{row.dataStatus}</span>
      )}
    </>
  );
}
