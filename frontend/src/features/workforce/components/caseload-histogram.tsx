import { StackedBarChart } from '@/components/charts/stacked-bar-chart';
import type { Schemas } from '@/lib/api-client';

const LIMIT = 20;

function bandLabel(band: Schemas['CaseloadBand']): string {
  return band.to === null ? `${band.from} or more` : `${band.from} to ${band.to}`;
}

/**
 * A team's caseloads in bands of five children. Bands beyond the 20-children line are drawn red
 * (a separate series), so the line is visible in the chart and named in its table.
 */
export function CaseloadHistogram({ team }: { team: Schemas['TeamSummary'] }) {
  const over = team.distribution.filter((b) => b.from > LIMIT).reduce((n, b) => n + b.workers, 0);
  return (
    <StackedBarChart
      title={`${team.teamName}: workers by children allocated`}
      summary={`Bar chart of ${team.teamName}'s caseloads: ${team.workers} workers, ${over} with more than ${LIMIT} children.`}
      direction="vertical"
      height={240}
      rowHeader="Children allocated"
      showTotal={false}
      rows={team.distribution.map((band) => ({
        label: bandLabel(band),
        values: { [band.from > LIMIT ? 'over' : 'within']: band.workers },
      }))}
      series={[
        { key: 'within', label: `Workers with ${LIMIT} children or fewer`, colour: '#1d70b8' },
        { key: 'over', label: `Workers with more than ${LIMIT} children`, colour: '#d4351c' },
      ]}
    />
  );
}
