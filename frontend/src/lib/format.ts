import type { Schemas } from './api-client';

/** Dates and figures as UK readers expect them. */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

export function formatDateTime(iso: string | null): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** "2023-03" → "Mar 2023". */
export function formatPeriod(period: string): string {
  const [year, month] = period.split('-').map(Number);
  return new Date(year, month - 1, 1).toLocaleDateString('en-GB', {
    month: 'short',
    year: 'numeric',
  });
}

export type Unit = Schemas['Unit'];

/** A figure as a board paper prints it: 1,147 · 41.3% · 189.2 per 10,000. */
export function formatFigure(value: number | undefined, unit: Unit): string {
  if (value === undefined) return '–';
  switch (unit) {
    case 'COUNT':
      return value.toLocaleString('en-GB');
    case 'PERCENT':
      return `${value.toFixed(1)}%`;
    case 'RATE_PER_10K':
      return `${value.toFixed(1)}r`;
  }
}
