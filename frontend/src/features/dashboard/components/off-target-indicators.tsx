import { Link } from 'react-router';
import { QueryState } from '@/components/query-state';
import type { Schemas } from '@/lib/api-client';
import { formatFigure, formatPeriod } from '@/lib/format';
import { useOffTargetIndicators } from '../api/get-off-target-indicators';
import { directionLabel, distanceText, targetText } from '@/lib/indicator-text';

/** Indicators whose latest figure is off target, with how far off. */
export function OffTargetIndicators() {
  const indicators = useOffTargetIndicators();
  return (
    <section aria-labelledby="off-target-heading" className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="off-target-heading">
        Indicators off target
      </h2>
      <QueryState isPending={indicators.isPending} error={indicators.error}>
        {() => <OffTargetTable page={indicators.data!} />}
      </QueryState>
    </section>
  );
}

function OffTargetTable({ page }: { page: Schemas['PageIndicatorResponse'] }) {
  const items = [...(page.items ?? [])].sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
  const total = Number(page.totalItems ?? items.length);
  if (total === 0) {
    return <p className="govuk-body">No indicator is off target.</p>;
  }
  return (
    <>
      <p className="govuk-body">
        <strong>
          {total === 1 ? '1 indicator is' : `${total.toLocaleString('en-GB')} indicators are`}
        </strong>{' '}
        off target on their latest figure.
      </p>
      <div className="app-table-scroll">
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-visually-hidden">
            Indicators off target, with their distance to target
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Indicator
              </th>
              <th scope="col" className="govuk-table__header">
                Latest
              </th>
              <th scope="col" className="govuk-table__header">
                Target
              </th>
              <th scope="col" className="govuk-table__header">
                Distance to target
              </th>
              <th scope="col" className="govuk-table__header">
                Direction
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {items.map((indicator) => {
              const unit = indicator.unit ?? 'COUNT';
              return (
                <tr key={indicator.id} className="govuk-table__row">
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/indicators/${indicator.id}`}>
                      {indicator.number}. {indicator.name}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">
                    {formatFigure(indicator.latest?.value, unit)}
                    {indicator.latest?.period !== undefined && (
                      <span className="govuk-!-display-block app-muted">
                        {indicator.latest.period ? formatPeriod(indicator.latest.period) : ''}
                      </span>
                    )}
                  </td>
                  <td className="govuk-table__cell">{targetText(indicator.target, unit)}</td>
                  <td className="govuk-table__cell app-status--off">
                    {withTarget(distanceText(indicator.distanceToTarget, unit))}
                  </td>
                  <td className="govuk-table__cell">{directionLabel(indicator.direction)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** "25.9 points below target", or a dash when there is no distance. */
function withTarget(distance: string | null): string {
  if (!distance) return '–';
  return distance === 'exactly on target' ? 'On target' : `${distance} target`;
}
