import { mediumMonth } from '@/lib/months';

/**
 * The widths of the scorecard table's columns, in rem (its type scales with the reader's font
 * size). The table is laid out by these widths (`table-layout: fixed`), not by its contents, so
 * how many months fit follows from the width of the page alone: the page draws its tables once,
 * with the months that fit, instead of drawing them, measuring them and drawing them again.
 * Each width includes the cell's padding; the indicator's name takes the rest of the width, and
 * at least `indicator`.
 */
export const SCORECARD_COLUMN_REMS = {
  number: 3,
  indicator: 16,
  month: 5.75,
  direction: 8,
  target: 8,
  status: 10.5,
  mtfp: 4.5,
} as const;

/** How the scorecard fits its width: the earliest months it leaves out, or one card per indicator. */
export type MonthsFit = { hidden: number; cards: boolean };

/**
 * The fewest months a table shows: an indicator without figures says why across its months, and
 * one month's column is too narrow for that note.
 */
const FEWEST_MONTHS = 2;

/**
 * How the scorecard's tables fit a box `width` pixels wide (`rem` pixels to the rem) with `count`
 * months chosen: the earliest months are left out first, so that the verdict (target, status,
 * MTFP) shows without scrolling sideways; when not even the latest two months fit, the
 * indicators are shown as cards instead.
 */
export function fitMonths(width: number, count: number, rem: number): MonthsFit {
  const { month, ...others } = SCORECARD_COLUMN_REMS;
  const fixed = Object.values(others).reduce((sum, w) => sum + w, 0);
  const fit = Math.min(count, Math.floor((width / rem - fixed) / month));
  return fit < Math.min(FEWEST_MONTHS, count)
    ? { hidden: 0, cards: true }
    : { hidden: count - fit, cards: false };
}

/** What the page says when the screen is too narrow for the earliest `hidden` of `periods`. */
export function hiddenMonthsNote(periods: string[], hidden: number): string | null {
  if (hidden <= 0) return null;
  const left = periods.slice(0, hidden);
  const months =
    left.length === 1
      ? `${mediumMonth(left[0])} is`
      : `${mediumMonth(left[0])} to ${mediumMonth(left[left.length - 1])} are`;
  return `${months} left out of the tables to fit your screen. The CSV, the Excel workbook and the printed page have every month.`;
}
