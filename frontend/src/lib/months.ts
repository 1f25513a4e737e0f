/** Months as the API writes them ("YYYY-MM"), moved and printed. */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function parts(period: string): [number, number] {
  const [year, month] = period.split('-').map(Number);
  return [year, month];
}

/** "2023-03" → "Mar 23", as the board paper heads its columns. */
export function shortMonth(period: string): string {
  const [year, month] = parts(period);
  return `${MONTHS[month - 1].slice(0, 3)} ${String(year % 100).padStart(2, '0')}`;
}

/** "2023-03" → "Mar 2023". */
export function mediumMonth(period: string): string {
  const [year, month] = parts(period);
  return `${MONTHS[month - 1].slice(0, 3)} ${year}`;
}

/** "2023-03" → "March 2023", for screen readers. */
export function longMonth(period: string): string {
  const [year, month] = parts(period);
  return `${MONTHS[month - 1]} ${year}`;
}

/** The month `count` months after (or before, if negative) "YYYY-MM". */
export function addMonths(period: string, count: number): string {
  const [year, month] = parts(period);
  const index = year * 12 + (month - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** This month as "YYYY-MM". */
export function currentMonth(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}
