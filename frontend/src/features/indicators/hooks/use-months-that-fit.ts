import { useEffect, useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { monthsToHide } from '../utils/fit-months';

/** How the scorecard fits its box: the earliest months it leaves out, or one card per indicator. */
export type MonthsFit = { hidden: number; cards: boolean };

const ALL: MonthsFit = { hidden: 0, cards: false };

/**
 * Fits the scorecard's tables (`.app-data-table__scroll`, months headed by
 * `th.app-scorecard__month`) to the width of `root`, so that the verdict columns after the months
 * show without scrolling: the earliest months are left out first; when even the latest month
 * alone does not fit, the indicators are shown as cards instead. Measured again when the box's
 * width or the months (`months`) change; printed, every month shows.
 */
export function useMonthsThatFit(root: HTMLElement | null, months: string): MonthsFit {
  const [width, setWidth] = useState(0);
  const printing = usePrinting();
  const basis = `${months}|${width}|${printing}`;
  const [fit, setFit] = useState({ basis, ...ALL });
  if (fit.basis !== basis) setFit({ basis, ...ALL });

  useLayoutEffect(() => {
    if (!root) return;
    setWidth(root.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(root.clientWidth));
    observer.observe(root);
    return () => observer.disconnect();
  }, [root]);

  // Until the tables fit: each pass leaves out the months that overflow, and renders again.
  useLayoutEffect(() => {
    if (!root || printing || fit.cards || fit.basis !== basis) return;
    let more = 0;
    for (const box of root.querySelectorAll<HTMLElement>('.app-data-table__scroll')) {
      const widths = Array.from(
        box.querySelectorAll('th.app-scorecard__month'),
        (th) => th.getBoundingClientRect().width,
      );
      const hide = monthsToHide(box.scrollWidth - box.clientWidth, widths);
      if (hide === null) {
        setFit((f) => ({ ...f, cards: true }));
        return;
      }
      more = Math.max(more, hide);
    }
    if (more > 0) setFit((f) => ({ ...f, hidden: f.hidden + more }));
  }, [root, printing, fit, basis]);

  return printing ? ALL : { hidden: fit.hidden, cards: fit.cards };
}

/** Whether the page is being printed (between the browser's beforeprint and afterprint). */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // Synchronously, so that the page is complete before the browser lays it out for print.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
