import type { Schemas } from '@/lib/api-client';
import { formatDate } from '@/lib/format';

type Slippage = Schemas['Slippage'];

function days(n: number): string {
  return n === 1 ? '1 day' : `${n.toLocaleString('en-GB')} days`;
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/**
 * How far a due date has slipped, in words: "Put back twice: 120 days later than first due
 * (31 Mar 2023); longest move 92 days". Empty when it never moved back.
 */
export function slippageText(slippage: Slippage): string {
  if (slippage.count === 0) return '';
  const first = slippage.originalDueDate ? ` (${formatDate(slippage.originalDueDate)})` : '';
  return (
    `Put back ${times(slippage.count)}: ${days(slippage.totalDays)} later than first due${first}` +
    (slippage.count > 1 ? `; longest move ${days(slippage.longestDays)}` : '')
  );
}

/** A short mark for tables: "Put back once, +1,402 days". */
export function SlippageMark({ slippage }: { slippage: Slippage }) {
  if (slippage.count === 0) return null;
  return (
    <strong className="govuk-!-display-block app-status--off" title={slippageText(slippage)}>
      Put back {times(slippage.count)}, +{days(slippage.totalDays)}
    </strong>
  );
}
