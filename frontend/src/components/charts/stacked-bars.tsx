import { useLayoutEffect, useState } from 'react';
import type { ChartRow, ChartSeries } from './chart-types';

const TEXT_COLOUR = '#0b0c0c';
const GRID_COLOUR = '#b1b4b6';
const FONT_SIZE = 14;
/** The width drawn at until the chart's box is measured (and where it cannot be, as in tests). */
const FIRST_WIDTH = 640;
const MARGIN = { top: 8, right: 16, bottom: 8, left: 8 };
/** Room for the value axis' figures: beneath a horizontal chart, beside a vertical one. */
const VALUE_AXIS = { horizontal: 24, vertical: 40 };
/** Room beneath a vertical chart for its categories' labels. */
const CATEGORY_AXIS = 24;

/**
 * The drawing of a stacked bar chart: plain SVG at the width of its box, with its legend. A few
 * bars need no chart library, so that a page with one loads and draws at once.
 */
export function StackedBars({
  rows,
  series,
  direction,
  height,
  categoryWidth,
}: {
  rows: ChartRow[];
  series: ChartSeries[];
  direction: 'horizontal' | 'vertical';
  height: number;
  categoryWidth: number;
}) {
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const width = useWidth(box);
  const horizontal = direction === 'horizontal';
  const total = (row: ChartRow) => series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0);
  const ticks = valueTicks(Math.max(0, ...rows.map(total)));
  const top = ticks[ticks.length - 1];

  // The plot: where the bars go, inside the axes.
  const left = MARGIN.left + (horizontal ? categoryWidth : VALUE_AXIS.vertical);
  const right = Math.max(left + 1, width - MARGIN.right);
  const bottom = height - MARGIN.bottom - (horizontal ? VALUE_AXIS.horizontal : CATEGORY_AXIS);
  const plotTop = MARGIN.top;
  const band = ((horizontal ? bottom - plotTop : right - left) || 1) / Math.max(rows.length, 1);
  const thickness = Math.min(band * 0.7, 48);
  /** Where a value falls along the value axis, in pixels. */
  const at = (value: number) =>
    horizontal
      ? left + (value / top) * (right - left)
      : bottom - (value / top) * (bottom - plotTop);

  return (
    <div ref={setBox} className="app-bar-chart">
      <svg width={width} height={height} focusable="false" fontSize={FONT_SIZE}>
        {ticks.map((tick) => {
          const p = at(tick);
          // A grid line across the plot at the tick, and its figure on the value axis.
          const [grid, label] = horizontal
            ? [
                { x1: p, x2: p, y1: plotTop, y2: bottom },
                { x: p, y: bottom + 18, textAnchor: 'middle' as const },
              ]
            : [
                { x1: left, x2: right, y1: p, y2: p },
                { x: left - 8, y: p, dy: '0.35em', textAnchor: 'end' as const },
              ];
          return (
            <g key={tick}>
              <line {...grid} stroke={GRID_COLOUR} strokeDasharray="3 3" />
              <text {...label} fill={TEXT_COLOUR}>
                {tick.toLocaleString('en-GB')}
              </text>
            </g>
          );
        })}
        {rows.map((row, index) => {
          const middle = (horizontal ? plotTop : left) + band * (index + 0.5);
          const label = row.shortLabel ?? row.label;
          let from = 0;
          return (
            <g key={row.label}>
              {horizontal ? (
                <text x={left - 8} y={middle} dy="0.35em" textAnchor="end" fill={TEXT_COLOUR}>
                  {label}
                </text>
              ) : (
                <text x={middle} y={bottom + 18} textAnchor="middle" fill={TEXT_COLOUR}>
                  {label}
                </text>
              )}
              {series.map((s) => {
                const value = row.values[s.key] ?? 0;
                if (value <= 0) return null;
                const [start, end] = [at(from), at(from + value)];
                from += value;
                const place = horizontal
                  ? { x: start, width: end - start, y: middle - thickness / 2, height: thickness }
                  : { x: middle - thickness / 2, width: thickness, y: end, height: start - end };
                return (
                  <rect
                    key={s.key}
                    className="app-bar-chart__bar"
                    {...place}
                    fill={s.colour}
                    stroke="#ffffff"
                  >
                    <title>{`${row.label}: ${s.label} ${value.toLocaleString('en-GB')}`}</title>
                  </rect>
                );
              })}
            </g>
          );
        })}
        {horizontal ? (
          <line x1={left} x2={left} y1={plotTop} y2={bottom} stroke={TEXT_COLOUR} />
        ) : (
          <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={TEXT_COLOUR} />
        )}
      </svg>
      <ul className="app-bar-chart__legend">
        {series.map((s) => (
          <li key={s.key}>
            <span className="app-bar-chart__swatch" style={{ backgroundColor: s.colour }} />
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The width of `box`, measured when it is laid out and again when it changes. */
function useWidth(box: HTMLElement | null): number {
  const [width, setWidth] = useState(FIRST_WIDTH);
  useLayoutEffect(() => {
    if (!box) return;
    const measure = () => setWidth(box.clientWidth || FIRST_WIDTH);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [box]);
  return width;
}

/**
 * The value axis' ticks, from 0 to at least `max`, in whole steps of 1, 2 or 5 times a power of
 * ten, about five of them.
 */
export function valueTicks(max: number): number[] {
  const rough = Math.max(max, 1) / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(
    1,
    [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough)!,
  );
  const ticks = [0];
  while (ticks[ticks.length - 1] < max) ticks.push(ticks[ticks.length - 1] + step);
  return ticks.length > 1 ? ticks : [0, step];
}
