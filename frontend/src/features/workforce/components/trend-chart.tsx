import { LineChart } from '@/components/charts/line-chart';
import { DataTable } from '@/components/data-table';
import { formatPeriod } from '@/lib/format';
import type { Trend } from '../api/get-workforce-trends';

/** Derived workforce indicators over the months, as a line chart and the same figures in a table. */
export function TrendChart({
  title,
  periods,
  trends,
  name,
}: {
  title: string;
  periods: string[];
  trends: Trend[];
  /** How a line is named in the chart and the table. */
  name: (trend: Trend) => string;
}) {
  const percent = (v: number) => `${v.toFixed(1)}%`;
  return (
    <>
      <h3 className="govuk-heading-s">{title}</h3>
      <LineChart
        summary={`Line chart: ${title}, ${periods.length > 0 ? `${formatPeriod(periods[0])} to ${formatPeriod(periods[periods.length - 1])}` : 'no months'}. The figures are in the table below.`}
        categories={periods.map((p) => ({ key: p, label: formatPeriod(p) }))}
        series={trends.map((t) => ({ name: name(t), values: t.values, primary: true }))}
        yAxisLabel="%"
        formatValue={percent}
      />
      <DataTable<string>
        caption={`${title} (table)`}
        captionSize="s"
        rows={periods}
        rowKey={(p) => p}
        scroll
        columns={[
          { header: 'Month', rowHeader: true, cell: (p) => formatPeriod(p) },
          ...trends.map((t) => ({
            header: name(t),
            key: String(t.indicator.id),
            numeric: true,
            cell: (p: string) => (p in t.values ? percent(t.values[p]) : '–'),
          })),
        ]}
      />
    </>
  );
}
