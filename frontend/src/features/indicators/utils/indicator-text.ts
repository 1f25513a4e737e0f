import type { Schemas } from '@/lib/api-client';
import type { Unit } from '@/lib/format';

/** A figure in words for reading, not as printed: 41.3%, 189.2 per 10,000, 1,147. */
export function figureInWords(value: number | undefined, unit: Unit): string {
  if (value === undefined) return '–';
  switch (unit) {
    case 'PERCENT':
      return `${value.toFixed(1)}%`;
    case 'RATE_PER_10K':
      return `${value.toFixed(1)} per 10,000`;
    default:
      return value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  }
}

export const BASIS_NAMES: Record<Schemas['Basis'], string> = {
  IN_MONTH: 'In month',
  MONTH_END_SNAPSHOT: 'Snapshot at month end',
  ROLLING_12_MONTHS: 'Rolling 12 months',
  YEAR_TO_DATE: 'Year to date',
};

export const POLARITY_NAMES: Record<Schemas['Polarity'], string> = {
  HIGHER_IS_BETTER: 'Higher is better',
  LOWER_IS_BETTER: 'Lower is better',
  NEUTRAL: 'Neither: the aim is to stay close to the target',
};

export const VALUE_STATUS_NAMES: Record<Schemas['ValueStatus'], string> = {
  PROVISIONAL: 'Provisional',
  FINAL: 'Final',
};

export const FLAG_NAMES: Record<string, string> = {
  NEW: 'New indicator',
  R12M: 'Rolling 12 months',
};
