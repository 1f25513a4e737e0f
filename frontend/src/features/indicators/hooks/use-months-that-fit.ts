import { useEffect, useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { fitMonths, type MonthsFit } from '../utils/fit-months';

const ALL: MonthsFit = { hidden: 0, cards: false };

/**
 * How the scorecard's tables fit the width of `root` with `count` months chosen (see fitMonths),
 * worked out from the width alone before the tables are drawn, and again only when the width
 * changes; null until `root` is measured. A box with no width (not laid out) shows every month,
 * and so does the printed page.
 */
export function useMonthsThatFit(root: HTMLElement | null, count: number): MonthsFit | null {
  const [fit, setFit] = useState<MonthsFit | null>(null);
  const printing = usePrinting();

  useLayoutEffect(() => {
    if (!root) return;
    const measure = () => {
      const width = root.clientWidth;
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const next = width > 0 ? fitMonths(width, count, rem) : ALL;
      // A width that fits the same months changes nothing, so that nothing is drawn again.
      setFit((old) => (old?.hidden === next.hidden && old.cards === next.cards ? old : next));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(root);
    return () => observer.disconnect();
  }, [root, count]);

  return printing ? ALL : fit;
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
