import { mediumMonth } from '@/lib/months';

/**
 * How many of the earliest month columns to leave out so that a table `overflow` pixels wider
 * than its box fits: the fewest whose widths (earliest first) add up to the overflow. Null when
 * leaving out every month but the latest `keep` is not enough.
 */
export function monthsToHide(overflow: number, widths: number[], keep = 1): number | null {
  if (overflow <= 0) return 0;
  let freed = 0;
  for (let count = 1; count <= widths.length - keep; count++) {
    freed += widths[count - 1];
    if (freed >= overflow) return count;
  }
  return null;
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
