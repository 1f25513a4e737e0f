import { longMonth, shortMonth } from '@/lib/months';

/** A month heading a column of figures: "Mar 23", as the board paper prints it, read "March 2023". */
export function MonthHeader({ period }: { period: string }) {
  return (
    <>
      <span aria-hidden="true">{shortMonth(period)}</span>
      <span className="govuk-visually-hidden">{longMonth(period)}</span>
    </>
  );
}
