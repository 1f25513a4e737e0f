import type { Schemas } from './api-client';
import { formatFigure, type Unit } from './format';

/** The target as the plan prints it: "90.0%", "7.6% England", "Monitor", "TBC". */
export function targetText(target: Schemas['TargetBody'], unit: Unit): string {
  switch (target.kind) {
    case 'MONITOR':
      return 'Monitor';
    case 'TBC':
      return 'TBC';
    case 'NUMERIC':
      return [formatFigure(target.value, unit), target.comparator].filter(Boolean).join(' ');
  }
}

/**
 * How far the latest figure is from the target (latest minus target), in the indicator's unit:
 * "25.9 points below", "4 above", "12.5 per 10,000 above"; null when there is no distance.
 */
export function distanceText(distance: number | null, unit: Unit): string | null {
  if (distance === null) return null;
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
export function directionLabel(direction: Schemas['Direction']): string {
  return DIRECTIONS[direction];
}

/** Each unit as people call it. */
export const UNIT_NAMES: Record<Unit, string> = {
  PERCENT: 'Percentage',
  RATE_PER_10K: 'Rate per 10,000',
  COUNT: 'Count',
};
