import { describe, expect, it } from 'vitest';
import { fitMonths, hiddenMonthsNote, SCORECARD_COLUMN_REMS } from './fit-months';

describe('fitMonths', () => {
  // The columns other than the months, and one month, in pixels at 16 pixels to the rem.
  const { month, ...others } = SCORECARD_COLUMN_REMS;
  const fixed = 16 * Object.values(others).reduce((sum, w) => sum + w, 0);
  const oneMonth = 16 * month;

  it.each([
    { width: fixed + 6 * oneMonth, hidden: 0, why: 'room for every month keeps them all' },
    { width: fixed + 9 * oneMonth, hidden: 0, why: 'room to spare keeps every month' },
    { width: fixed + 6 * oneMonth - 1, hidden: 1, why: 'a pixel short leaves out one' },
    { width: fixed + 4 * oneMonth + 30, hidden: 2, why: 'room for four of six months' },
    { width: fixed + 2 * oneMonth, hidden: 4, why: 'room for the latest two months only' },
  ])('$why', ({ width, hidden }) => {
    expect(fitMonths(width, 6, 16)).toEqual({ hidden, cards: false });
  });

  it('shows cards when not even the latest two months fit', () => {
    expect(fitMonths(fixed + 2 * oneMonth - 1, 6, 16)).toEqual({ hidden: 0, cards: true });
    expect(fitMonths(390, 6, 16)).toEqual({ hidden: 0, cards: true });
  });

  it('fits fewer months when the reader has larger type', () => {
    const width = fixed + 4 * oneMonth;
    expect(fitMonths(width, 6, 16)).toEqual({ hidden: 2, cards: false });
    expect(fitMonths(width, 6, 18)).toEqual({ hidden: 4, cards: false });
  });
});

describe('hiddenMonthsNote', () => {
  const periods = ['2022-10', '2022-11', '2022-12', '2023-01'];

  it('says nothing when every month shows', () => {
    expect(hiddenMonthsNote(periods, 0)).toBeNull();
  });

  it('names the one month left out', () => {
    expect(hiddenMonthsNote(periods, 1)).toBe(
      'Oct 2022 is left out of the tables to fit your screen. The CSV, the Excel workbook and the printed page have every month.',
    );
  });

  it('names the first and last of the months left out', () => {
    expect(hiddenMonthsNote(periods, 3)).toMatch(
      /^Oct 2022 to Dec 2022 are left out of the tables/,
    );
  });
});
