import { StackedBarChart } from '@/components/charts/stacked-bar-chart';
import { RAG_COLOURS, type ChartSeries } from '@/components/charts/chart-types';
import { RAG_NAMES } from '@/components/rag-tag';
import { shorten } from '@/components/short-text';
import type { Schemas } from '@/lib/api-client';
import { keysOf } from '@/lib/enums';
import { usePriorities } from '@/lib/reference-data';
import { DashboardSection } from './dashboard-section';

// One series per RAG status and one for actions not rated, keyed as effectiveRagCounts is.
const SERIES: (ChartSeries & { key: keyof Schemas['RagCounts'] })[] = keysOf(RAG_NAMES).map(
  (key) => ({
    key,
    label: RAG_NAMES[key],
    colour: RAG_COLOURS[key],
  }),
);

/** How many actions of each priority are red, amber, amber E, green or not rated. */
export function RagByPriority() {
  const priorities = usePriorities();
  return (
    <DashboardSection id="rag-by-priority" title="RAG status by priority" query={priorities}>
      {(data) => <Chart priorities={data} />}
    </DashboardSection>
  );
}

function Chart({ priorities }: { priorities: Schemas['PriorityResponse'][] }) {
  if (priorities.length === 0) {
    return <p className="govuk-body">The plan has no priorities yet.</p>;
  }
  const rows = [...priorities]
    .sort((a, b) => a.number - b.number)
    .map((p) => {
      const label = `${p.number}. ${p.title}`;
      return {
        label,
        shortLabel: shorten(label, 30),
        values: Object.fromEntries(SERIES.map((s) => [s.key, p.effectiveRagCounts[s.key]])),
      };
    });
  const totals = SERIES.map((s) => ({
    label: s.label,
    count: rows.reduce((sum, row) => sum + row.values[s.key], 0),
  }));
  const actionCount = priorities.reduce((sum, p) => sum + p.actionCount, 0);
  const summary =
    `Stacked bar chart of the actions of each of ${rows.length} priorities by RAG status. ` +
    `In all, ${plural(actionCount, 'action')}: ` +
    `${totals.map((t) => `${t.count} ${t.label === 'Not rated' ? 'not rated' : t.label.toLowerCase()}`).join(', ')}.`;
  return (
    <>
      <p className="govuk-body">
        {plural(actionCount, 'current action')} across {plural(rows.length, 'priority')}, by RAG
        status (an overdue action that is not implemented counts as red).
      </p>
      <StackedBarChart
        title="Actions by RAG status and priority"
        summary={summary}
        rows={rows}
        series={SERIES}
        rowHeader="Priority"
      />
    </>
  );
}

function plural(count: number, noun: string): string {
  const nouns = count === 1 ? noun : noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`;
  return `${count.toLocaleString('en-GB')} ${nouns}`;
}
