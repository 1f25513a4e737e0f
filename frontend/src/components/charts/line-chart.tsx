import { lazy, Suspense } from 'react';
import { ChartErrorBoundary } from './chart-error-boundary';

// Recharts is loaded only when a chart is shown, so that it is not in the first JavaScript load.
const RechartsLineChart = lazy(() => import('./recharts-line-chart'));

/** One line of the chart: its values by category key (a month, say); missing keys are gaps. */
export type LineSeries = {
  name: string;
  values: Record<string, number>;
  /** The main series is drawn solid and bold, others (comparators) thinner and dashed. */
  primary?: boolean;
};

export type LineChartData = {
  /** The x axis, in order: each category's key (as in the series' values) and its axis label. */
  categories: { key: string; label: string }[];
  series: LineSeries[];
  /** A horizontal dashed line, such as a target. */
  reference?: { value: number; label: string };
  /** The y axis' title, in the unit: "%", "Rate per 10,000", "Count". */
  yAxisLabel: string;
  /** Formats the y axis' ticks and the tooltip's figures. */
  formatValue: (value: number) => string;
};

/**
 * A line chart with its accessible alternative: the chart is one image described by `summary`
 * (the page gives the same figures as a table).
 */
export function LineChart({
  summary,
  height = 320,
  ...data
}: LineChartData & {
  /** What the chart shows, in words, for people who cannot see it. */
  summary: string;
  height?: number;
}) {
  return (
    <div
      className="app-chart app-line-chart"
      role="img"
      aria-label={summary}
      style={{ minHeight: height }}
    >
      <ChartErrorBoundary
        fallback={<p className="govuk-body app-muted">The chart could not be shown.</p>}
      >
        <Suspense fallback={<p className="govuk-body app-muted">Loading chart…</p>}>
          <RechartsLineChart height={height} {...data} />
        </Suspense>
      </ChartErrorBoundary>
    </div>
  );
}
