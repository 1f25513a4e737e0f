/** Room around the line, so that its stroke is not cut at the top and bottom. */
const MARGIN = 3;

/**
 * A small line of a few figures, for a table row. It is decoration only (hidden from assistive
 * technology): the row it sits in must give the same figures as text. Plain SVG: a page of
 * sparklines draws at once, with no chart library to load.
 */
export function Sparkline({
  values,
  width = 96,
  height = 28,
}: {
  /** In order; null where there is no figure. */
  values: (number | null)[];
  width?: number;
  height?: number;
}) {
  const points = sparklinePoints(values, width, height);
  return (
    <div className="app-sparkline" aria-hidden="true" style={{ width, height }}>
      {points && (
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} focusable="false">
          <polyline
            points={points}
            fill="none"
            stroke="#1d70b8"
            strokeWidth={2}
            strokeLinejoin="round"
            strokeLinecap="round"
          />
        </svg>
      )}
    </div>
  );
}

/**
 * The line's points ("x,y x,y…") in a box of this size: each figure at its place along the
 * width, from the lowest figure at the bottom to the highest at the top, joined across the
 * months without one. Null when fewer than two figures make no line.
 */
export function sparklinePoints(
  values: (number | null)[],
  width: number,
  height: number,
): string | null {
  const known = values.flatMap((value, index) => (value === null ? [] : [{ value, index }]));
  if (known.length < 2) return null;
  const min = Math.min(...known.map((p) => p.value));
  const max = Math.max(...known.map((p) => p.value));
  const step = (width - 2 * MARGIN) / Math.max(values.length - 1, 1);
  const rise = height - 2 * MARGIN;
  // A flat line (every figure the same) runs across the middle.
  const y = (value: number) =>
    max === min ? height / 2 : MARGIN + rise - ((value - min) / (max - min)) * rise;
  return known.map((p) => `${round(MARGIN + p.index * step)},${round(y(p.value))}`).join(' ');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
