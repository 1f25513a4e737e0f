import { Line, LineChart, YAxis } from 'recharts';

/**
 * The Recharts drawing of a sparkline, at a fixed size. It is loaded on demand (see
 * sparkline.tsx), so that Recharts is not part of the first JavaScript a browser loads.
 */
export default function RechartsSparkline({
  values,
  width,
  height,
}: {
  values: (number | null)[];
  width: number;
  height: number;
}) {
  const data = values.map((value) => ({ value }));
  return (
    <LineChart
      width={width}
      height={height}
      data={data}
      margin={{ top: 3, right: 3, bottom: 3, left: 3 }}
      accessibilityLayer={false}
    >
      <YAxis hide domain={['dataMin', 'dataMax']} />
      <Line
        type="linear"
        dataKey="value"
        stroke="#1d70b8"
        strokeWidth={2}
        dot={false}
        connectNulls
        isAnimationActive={false}
      />
    </LineChart>
  );
}
