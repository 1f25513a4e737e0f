import { targetText } from '@/lib/indicator-text';
import { LineChart, type LineSeries } from '@/components/charts/line-chart';
import { DataTable, type Column } from '@/components/data-table';
import type { Schemas } from '@/lib/api-client';
import type { Unit } from '@/lib/format';
import { mediumMonth, shortMonth } from '@/lib/months';
import { figureInWords } from '../utils/indicator-text';

const AXIS_LABELS: Record<Unit, string> = {
  PERCENT: '%',
  RATE_PER_10K: 'Rate per 10,000',
  COUNT: 'Count',
};

function tick(unit: Unit) {
  return (value: number) =>
    unit === 'PERCENT'
      ? `${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`
      : value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

/**
 * The indicator's monthly figures as a line, with its target (dashed) and comparators. The values
 * table and the comparator table give the same figures.
 */
export function IndicatorChart({
  indicator,
  values,
  benchmarks,
}: {
  indicator: Schemas['IndicatorResponse'];
  values: Schemas['ValueResponse'][];
  benchmarks: Schemas['BenchmarkBody'][];
}) {
  const unit = indicator.unit;
  if (values.length === 0) {
    return <p className="govuk-body">There are no figures to chart yet.</p>;
  }
  const own: LineSeries = {
    name: indicator.name,
    primary: true,
    values: Object.fromEntries(values.map((v) => [v.period, v.value])),
  };
  const comparators = groupBenchmarks(benchmarks);
  const keys = [
    ...new Set([...Object.keys(own.values), ...comparators.flatMap((c) => Object.keys(c.values))]),
  ].sort();
  const target =
    indicator.target.kind === 'NUMERIC' && indicator.target.value !== undefined
      ? indicator.target.value
      : undefined;

  const first = values[0].period;
  const last = values[values.length - 1];
  const summary = [
    `Line chart of the monthly figures for ${indicator.name}, ${mediumMonth(first)} to ${mediumMonth(last.period)}`,
    `latest ${figureInWords(last.value, unit)}`,
    target !== undefined ? `target ${targetText(indicator.target, unit)} (dashed line)` : null,
    comparators.length ? `compared with ${comparators.map((c) => c.name).join(', ')}` : null,
  ]
    .filter(Boolean)
    .join('; ')
    .concat('. The figures are in the tables below.');

  return (
    <LineChart
      summary={summary}
      categories={keys.map((key) => ({ key, label: shortMonth(key) }))}
      series={[own, ...comparators]}
      reference={
        target !== undefined
          ? { value: target, label: `Target ${targetText(indicator.target, unit)}` }
          : undefined
      }
      yAxisLabel={AXIS_LABELS[unit]}
      formatValue={tick(unit)}
    />
  );
}

/** Benchmarks as one series per comparator, in the order they come. */
export function groupBenchmarks(benchmarks: Schemas['BenchmarkBody'][]): LineSeries[] {
  const byName = new Map<string, Record<string, number>>();
  for (const b of benchmarks) {
    const series = byName.get(b.comparator) ?? {};
    series[b.period] = b.value;
    byName.set(b.comparator, series);
  }
  return [...byName].map(([name, values]) => ({ name, values }));
}

/** The comparators' figures as a table: the chart's alternative for them. */
export function BenchmarksTable({
  benchmarks,
  unit,
}: {
  benchmarks: Schemas['BenchmarkBody'][];
  unit: Unit;
}) {
  const comparators = groupBenchmarks(benchmarks);
  if (comparators.length === 0) return null;
  const keys = [...new Set(comparators.flatMap((c) => Object.keys(c.values)))].sort().reverse();
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Comparator figures</span>
      </summary>
      <div className="govuk-details__text">
        <DataTable
          caption="Comparator figures by month"
          captionSize="s"
          columns={[
            { header: 'Month', key: 'month', rowHeader: true, cell: (key) => mediumMonth(key) },
            ...comparators.map((c): Column<string> => ({
              header: c.name,
              key: c.name,
              numeric: true,
              cell: (key) => figureInWords(c.values[key], unit),
            })),
          ]}
          rows={keys}
          rowKey={(key) => key}
          scroll
        />
      </div>
    </details>
  );
}
