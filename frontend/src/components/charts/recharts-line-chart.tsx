import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { LineChartData } from './line-chart';

const TEXT_COLOUR = '#0b0c0c';
// GOV.UK colours: blue for the main series, then comparators; each also has its own dash and dot.
const COLOURS = ['#1d70b8', '#f47738', '#4c2c92', '#00703c', '#d53880', '#28a197'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '4 4', '1 3'];
const DOTS = ['circle', 'diamond', 'square', 'triangle', 'cross', 'star'] as const;
const colour = (i: number) => COLOURS[i % COLOURS.length];

/**
 * The Recharts drawing of a line chart. It is loaded on demand (see line-chart.tsx), so that
 * Recharts is not part of the first JavaScript a browser loads.
 */
export default function RechartsLineChart({
  categories,
  series,
  reference,
  yAxisLabel,
  formatValue,
  height,
}: LineChartData & { height: number }) {
  const data = categories.map((category) => {
    const row: Record<string, string | number | null> = { name: category.label };
    series.forEach((s, i) => {
      row[`s${i}`] = s.values[category.key] ?? null;
    });
    return row;
  });
  return (
    // The first size is used until the container is measured (and where it cannot be, as in tests).
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <LineChart
        data={data}
        margin={{ top: 16, right: 24, bottom: 8, left: 16 }}
        // The element around the chart is the accessible image; the table gives its data.
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="name" tick={{ fill: TEXT_COLOUR, fontSize: 14 }} />
        <YAxis
          tick={{ fill: TEXT_COLOUR, fontSize: 14 }}
          tickFormatter={(value: number) => formatValue(value)}
          width={72}
          label={{
            value: yAxisLabel,
            angle: -90,
            position: 'insideLeft',
            style: { fill: TEXT_COLOUR, textAnchor: 'middle' },
          }}
        />
        <Tooltip formatter={(value) => formatValue(Number(value))} />
        <Legend formatter={(value) => <span style={{ color: TEXT_COLOUR }}>{value}</span>} />
        {reference && (
          <ReferenceLine
            y={reference.value}
            stroke={TEXT_COLOUR}
            strokeWidth={2}
            strokeDasharray="8 4"
            ifOverflow="extendDomain"
            label={{
              value: reference.label,
              position: 'insideTopRight',
              fill: TEXT_COLOUR,
              fontSize: 14,
            }}
          />
        )}
        {series.map((s, i) => (
          <Line
            key={s.name}
            type="linear"
            dataKey={`s${i}`}
            name={s.name}
            stroke={colour(i)}
            strokeWidth={s.primary ? 3 : 2}
            strokeDasharray={s.primary ? undefined : DASHES[i % DASHES.length] || '6 3'}
            legendType={DOTS[i % DOTS.length]}
            // Comparators' points are filled, so that the few of them stand out.
            dot={s.primary ? { r: 4 } : { r: 4, fill: colour(i), strokeWidth: 0 }}
            // Comparators are often yearly: their points are joined across the months between.
            connectNulls={!s.primary}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
