import { Link } from 'react-router';
import { DataTable } from '@/components/data-table';
import type { Schemas } from '@/lib/api-client';
import { formatFigure, formatPeriod } from '@/lib/format';
import { useOffTargetIndicators } from '../api/get-off-target-indicators';
import { DashboardSection } from './dashboard-section';
import { directionLabel, distanceText, targetText } from '@/lib/indicator-text';

/** Indicators whose latest figure is off target, with how far off. */
export function OffTargetIndicators() {
  const indicators = useOffTargetIndicators();
  return (
    <DashboardSection id="off-target" title="Indicators off target" query={indicators}>
      {(page) => <OffTargetTable page={page} />}
    </DashboardSection>
  );
}

function OffTargetTable({ page }: { page: Schemas['PageIndicatorResponse'] }) {
  const items = [...page.items].sort((a, b) => a.number - b.number);
  const total = page.totalItems;
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
      <DataTable
        caption="Indicators off target, with their distance to target"
        hideCaption
        columns={[
          {
            header: 'Indicator',
            cell: (indicator) => (
              <Link className="govuk-link" to={`/indicators/${indicator.id}`}>
                {indicator.number}. {indicator.name}
              </Link>
            ),
          },
          {
            header: 'Latest',
            cell: (indicator) => (
              <>
                {formatFigure(indicator.latest?.value, indicator.unit)}
                {indicator.latest && (
                  <span className="govuk-!-display-block app-muted">
                    {formatPeriod(indicator.latest.period)}
                  </span>
                )}
              </>
            ),
          },
          {
            header: 'Target',
            cell: (indicator) => targetText(indicator.target, indicator.unit),
          },
          {
            header: 'Distance to target',
            cellClassName: 'app-status--off',
            cell: (indicator) =>
              withTarget(distanceText(indicator.distanceToTarget, indicator.unit)),
          },
          { header: 'Direction', cell: (indicator) => directionLabel(indicator.direction) },
        ]}
        rows={items}
        rowKey={(indicator) => indicator.id}
        scroll
      />
    </>
  );
}

/** "25.9 points below target", or a dash when there is no distance. */
function withTarget(distance: string | null): string {
  if (!distance) return '–';
  return distance === 'exactly on target' ? 'On target' : `${distance} target`;
}
