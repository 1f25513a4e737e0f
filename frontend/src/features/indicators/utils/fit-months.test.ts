import { describe, expect, it } from 'vitest';
import { hiddenMonthsNote, monthsToHide } from './fit-months';

describe('monthsToHide', () => {
  it.each([
    { overflow: 0, widths: [70, 70, 70], hide: 0, why: 'a table that fits keeps every month' },
    { overflow: -40, widths: [70, 70, 70], hide: 0, why: 'room to spare keeps every month' },
    { overflow: 1, widths: [70, 70, 70], hide: 1, why: 'one pixel too wide leaves out one' },
    { overflow: 70, widths: [70, 80, 90], hide: 1, why: 'exactly the earliest month' },
    { overflow: 71, widths: [70, 80, 90], hide: 2, why: 'a pixel more than the earliest' },
    { overflow: 150, widths: [70, 80, 90], hide: 2, why: 'the two earliest, just' },
    { overflow: 151, widths: [70, 80, 90], hide: null, why: 'the latest month always stays' },
    { overflow: 10, widths: [70], hide: null, why: 'one month and still too wide' },
    { overflow: 10, widths: [], hide: null, why: 'no months to leave out' },
  ])('$why', ({ overflow, widths, hide }) => {
    expect(monthsToHide(overflow, widths)).toBe(hide);
  });

  it('keeps as many of the latest months as asked', () => {
    expect(monthsToHide(100, [60, 60, 60, 60], 2)).toBe(2);
    expect(monthsToHide(130, [60, 60, 60, 60], 2)).toBeNull();
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
