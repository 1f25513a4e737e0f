import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartRow, ChartSeries } from './chart-types';

const TEXT_COLOUR = '#0b0c0c';

/**
 * The Recharts drawing of a stacked bar chart. It is loaded on demand (see stacked-bar-chart.tsx),
 * so that Recharts is not part of the first JavaScript a browser loads.
 */
export default function RechartsStackedBar({
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
  const data = rows.map((row) => ({ name: row.shortLabel ?? row.label, ...row.values }));
  const horizontal = direction === 'horizontal';
  // Legend and tooltip list the series in their given order (Recharts sorts them by name).
  const order = (item: { dataKey?: unknown }) => series.findIndex((s) => s.key === item.dataKey);
  return (
    // The first size is used until the container is measured (and where it cannot be, as in tests).
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <BarChart
        data={data}
        layout={horizontal ? 'vertical' : 'horizontal'}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        // The figure around the chart is the accessible image; the table gives its data.
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" />
        {horizontal ? (
          <>
            <XAxis type="number" allowDecimals={false} tick={{ fill: TEXT_COLOUR }} />
            <YAxis
              type="category"
              dataKey="name"
              width={categoryWidth}
              tick={{ fill: TEXT_COLOUR, fontSize: 14 }}
            />
          </>
        ) : (
          <>
            <XAxis type="category" dataKey="name" tick={{ fill: TEXT_COLOUR, fontSize: 14 }} />
            <YAxis type="number" allowDecimals={false} tick={{ fill: TEXT_COLOUR }} />
          </>
        )}
        <Tooltip itemSorter={order} />
        <Legend
          itemSorter={order}
          formatter={(value) => <span style={{ color: TEXT_COLOUR }}>{value}</span>}
        />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stackId="stack"
            fill={s.colour}
            stroke="#ffffff"
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
