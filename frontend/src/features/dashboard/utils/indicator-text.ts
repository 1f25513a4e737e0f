import type { Schemas } from '@/lib/api-client';
import { formatFigure, formatPeriod, type Unit } from '@/lib/format';

/**
 * The distance of a figure from its target (latest minus target) in words, in the unit of the
 * indicator: "25.9 points below target", "4 above target", "12.5 per 10,000 above target".
 */
export function formatDistance(distance: number | null | undefined, unit: Unit): string {
  if (distance === null || distance === undefined) return '–';
  if (distance === 0) return 'On target';
  const side = distance < 0 ? 'below' : 'above';
  const gap = Math.abs(distance);
  switch (unit) {
    case 'PERCENT':
      return `${gap.toFixed(1)} ${gap === 1 ? 'point' : 'points'} ${side} target`;
    case 'RATE_PER_10K':
      return `${gap.toFixed(1)} per 10,000 ${side} target`;
    case 'COUNT':
      return `${gap.toLocaleString('en-GB')} ${side} target`;
  }
}

/** A target as the board paper prints it: "65.0% (England)", "Monitor", "TBC". */
export function formatTarget(target: Schemas['TargetBody'] | undefined, unit: Unit): string {
  if (!target) return '–';
  if (target.kind === 'MONITOR') return 'Monitor';
  if (target.kind === 'TBC') return 'TBC';
  const value = formatFigure(target.value, unit);
  return target.comparator ? `${value} (${target.comparator})` : value;
}

/** "Mar 2023" from a period ("2023-03"). */
export function periodText(period: string | null | undefined): string {
  return period ? formatPeriod(period) : '';
}

const DIRECTIONS: Record<Schemas['Direction'], string> = {
  IMPROVING: 'Improving',
  DECLINING: 'Declining',
  STABLE: 'Stable',
  NO_TREND: 'No trend',
};

export function directionLabel(direction: Schemas['Direction'] | undefined): string {
  return direction ? DIRECTIONS[direction] : 'No trend';
}
