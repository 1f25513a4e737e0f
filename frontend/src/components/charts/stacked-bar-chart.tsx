import { DataTable, type Column } from '@/components/data-table';
import type { ChartRow, ChartSeries } from './chart-types';
import { StackedBars } from './stacked-bars';

/**
 * A stacked bar chart with its accessible alternative: the chart is one image described by
 * `summary`, and the same figures are given as a GOV.UK table (in a details component).
 */
export function StackedBarChart({
  title,
  summary,
  rows,
  series,
  direction = 'horizontal',
  height,
  categoryWidth = 240,
  rowHeader = 'Category',
  showTotal = true,
}: {
  /** The table's caption. */
  title: string;
  /** What the chart shows, in words, for people who cannot see it. */
  summary: string;
  rows: ChartRow[];
  series: ChartSeries[];
  /** The direction the bars run. */
  direction?: 'horizontal' | 'vertical';
  /** In pixels; by default it grows with the number of rows of a horizontal chart. */
  height?: number;
  /** The width given to the category labels of a horizontal chart. */
  categoryWidth?: number;
  /** The heading of the table's first column. */
  rowHeader?: string;
  showTotal?: boolean;
}) {
  const chartHeight =
    height ?? (direction === 'horizontal' ? Math.max(200, rows.length * 48 + 80) : 320);
  return (
    <figure className="app-chart-figure">
      <div className="app-chart" role="img" aria-label={summary} style={{ minHeight: chartHeight }}>
        <StackedBars
          rows={rows}
          series={series}
          direction={direction}
          height={chartHeight}
          categoryWidth={categoryWidth}
        />
      </div>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Show the data as a table</span>
        </summary>
        <div className="govuk-details__text">
          <ChartTable
            title={title}
            rows={rows}
            series={series}
            rowHeader={rowHeader}
            showTotal={showTotal}
          />
        </div>
      </details>
    </figure>
  );
}

function ChartTable({
  title,
  rows,
  series,
  rowHeader,
  showTotal,
}: {
  title: string;
  rows: ChartRow[];
  series: ChartSeries[];
  rowHeader: string;
  showTotal: boolean;
}) {
  const figure = (value: number) => value.toLocaleString('en-GB');
  const columns: Column<ChartRow>[] = [
    { header: rowHeader, key: 'row', rowHeader: true, cell: (row) => row.label },
    ...series.map((s): Column<ChartRow> => ({
      header: s.label,
      key: s.key,
      numeric: true,
      cell: (row) => figure(row.values[s.key] ?? 0),
    })),
    ...(showTotal
      ? [
          {
            header: 'Total',
            key: 'total',
            numeric: true,
            cell: (row: ChartRow) =>
              figure(series.reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0)),
          },
        ]
      : []),
  ];
  return (
    <DataTable
      caption={title}
      captionSize="s"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.label}
      scroll
    />
  );
}
