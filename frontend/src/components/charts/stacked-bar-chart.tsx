import { lazy, Suspense } from 'react';
import { ChartErrorBoundary } from './chart-error-boundary';
import type { ChartRow, ChartSeries } from './chart-types';

// Recharts is loaded only when a chart is shown.
const RechartsStackedBar = lazy(() => import('./recharts-stacked-bar'));

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
        <ChartErrorBoundary
          fallback={
            <p className="govuk-body app-muted">
              The chart could not be shown. Its figures are in the table below.
            </p>
          }
        >
          <Suspense
            fallback={
              <p className="govuk-body app-muted" aria-hidden="true">
                Loading chart…
              </p>
            }
          >
            <RechartsStackedBar
              rows={rows}
              series={series}
              direction={direction}
              height={chartHeight}
              categoryWidth={categoryWidth}
            />
          </Suspense>
        </ChartErrorBoundary>
      </div>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Show the data as a table</span>
        </summary>
        <div className="govuk-details__text app-table-scroll">
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
  return (
    <table className="govuk-table app-table--compact">
      <caption className="govuk-table__caption govuk-table__caption--s">{title}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            {rowHeader}
          </th>
          {series.map((s) => (
            <th
              key={s.key}
              scope="col"
              className="govuk-table__header govuk-table__header--numeric"
            >
              {s.label}
            </th>
          ))}
          {showTotal && (
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Total
            </th>
          )}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={row.label} className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              {row.label}
            </th>
            {series.map((s) => (
              <td key={s.key} className="govuk-table__cell govuk-table__cell--numeric">
                {(row.values[s.key] ?? 0).toLocaleString('en-GB')}
              </td>
            ))}
            {showTotal && (
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {series
                  .reduce((sum, s) => sum + (row.values[s.key] ?? 0), 0)
                  .toLocaleString('en-GB')}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
