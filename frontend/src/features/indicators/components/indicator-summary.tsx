import type { ReactNode } from 'react';
import type { Schemas } from '@/lib/api-client';
import { mediumMonth } from '@/lib/months';
import { UNIT_NAMES } from '@/lib/indicator-text';
import {
  BASIS_NAMES,
  FLAG_NAMES,
  figureInWords,
  POLARITY_NAMES,
  VALUE_STATUS_NAMES,
} from '../utils/indicator-text';
import { DirectionText } from './direction-text';
import { TargetStatusTag } from './target-status-tag';

/**
 * What the indicator measures and where it stands, as a GOV.UK summary list. `noteAction` sits
 * beside the data-status note (clearing it, for those who report the figures).
 */
export function IndicatorSummary({
  indicator,
  noteAction,
}: {
  indicator: Schemas['IndicatorResponse'];
  noteAction?: ReactNode;
}) {
  const { unit, latest } = indicator;
  const rows: [string, ReactNode, ReactNode?][] = [
    ['Unit', UNIT_NAMES[unit]],
    ['Basis', BASIS_NAMES[indicator.basis]],
    ['Polarity', POLARITY_NAMES[indicator.polarity]],
    ['Target', targetWords(indicator)],
    ['MTFP link', indicator.mtfp || 'None'],
    [
      'Flags',
      indicator.flags.length
        ? indicator.flags.map((f) => `${f} (${FLAG_NAMES[f] ?? f})`).join(', ')
        : 'None',
    ],
  ];
  if (indicator.dataStatus) rows.push(['Data status', indicator.dataStatus, noteAction]);
  rows.push(
    [
      'Latest figure',
      latest
        ? `${figureInWords(latest.value, unit)} in ${mediumMonth(latest.period)} (${VALUE_STATUS_NAMES[latest.status].toLowerCase()})`
        : 'No figures yet',
    ],
    ['Direction of travel', <DirectionText key="d" direction={indicator.direction} />],
    [
      'Status against target',
      <TargetStatusTag
        key="s"
        status={indicator.targetStatus}
        distance={indicator.distanceToTarget}
        unit={unit}
      />,
    ],
  );
  return (
    <dl className="govuk-summary-list">
      {rows.map(([key, value, action]) => (
        <div key={key} className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{key}</dt>
          <dd className="govuk-summary-list__value">{value}</dd>
          {action && <dd className="govuk-summary-list__actions">{action}</dd>}
        </div>
      ))}
    </dl>
  );
}

function targetWords(indicator: Schemas['IndicatorResponse']): string {
  switch (indicator.target.kind) {
    case 'NUMERIC':
      return [figureInWords(indicator.target.value, indicator.unit), indicator.target.comparator]
        .filter(Boolean)
        .join(' ');
    case 'MONITOR':
      return 'Monitor (no target)';
    case 'TBC':
      return 'To be confirmed';
  }
}
