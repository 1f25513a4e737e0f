import { lazy, Suspense } from 'react';
import { ChartErrorBoundary } from './chart-error-boundary';

// Recharts is loaded only when a chart is shown, so that it is not in the first JavaScript load.
const RechartsSparkline = lazy(() => import('./recharts-sparkline'));

/**
 * A small line of a few figures, for a table row. It is decoration only (hidden from assistive
 * technology): the row it sits in must give the same figures as text.
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
  const points = values.filter((v) => v !== null).length;
  return (
    <div className="app-sparkline" aria-hidden="true" style={{ width, height }}>
      {points >= 2 && (
        <ChartErrorBoundary fallback={null}>
          <Suspense fallback={null}>
            <RechartsSparkline values={values} width={width} height={height} />
          </Suspense>
        </ChartErrorBoundary>
      )}
    </div>
  );
}
