import type { Schemas } from './api-client';
import { formatFigure, type Unit } from './format';

/** The target as the plan prints it: "90.0%", "7.6% England", "Monitor", "TBC". */
export function targetText(
  target: Schemas['TargetBody'] | undefined,
  unit: Unit | undefined,
): string {
  if (!target) return '';
  switch (target.kind) {
    case 'MONITOR':
      return 'Monitor';
    case 'TBC':
      return 'TBC';
    case 'NUMERIC':
      return [formatFigure(target.value, unit ?? 'COUNT'), target.comparator]
        .filter(Boolean)
        .join(' ');
  }
}

/**
 * How far the latest figure is from the target (latest minus target), in the indicator's unit:
 * "25.9 points below", "4 above", "12.5 per 10,000 above"; null when there is no distance.
 */
export function distanceText(
  distance: number | null | undefined,
  unit: Unit | undefined,
): string | null {
  if (distance === null || distance === undefined) return null;
  if (distance === 0) return 'exactly on target';
  const size = Math.abs(distance).toLocaleString('en-GB', { maximumFractionDigits: 1 });
  const side = distance < 0 ? 'below' : 'above';
  switch (unit) {
    case 'PERCENT':
      return `${size} ${size === '1' ? 'point' : 'points'} ${side}`;
    case 'RATE_PER_10K':
      return `${size} per 10,000 ${side}`;
    default:
      return `${size} ${side}`;
  }
}

const DIRECTIONS: Record<Schemas['Direction'], string> = {
  IMPROVING: 'Improving',
  DECLINING: 'Declining',
  STABLE: 'Stable',
  NO_TREND: 'No trend',
};

/** The direction of travel in words. */
export function directionLabel(direction: Schemas['Direction'] | undefined): string {
  return DIRECTIONS[direction ?? 'NO_TREND'];
}
