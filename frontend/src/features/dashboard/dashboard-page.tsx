import { useDeferredValue, useState, type ComponentType } from 'react';
import { Page } from '@/components/page';
import { usePriorities } from '@/lib/reference-data';
import { useOffTargetIndicators } from './api/get-off-target-indicators';
import { useOverdueActions } from './api/get-overdue-actions';
import { usePendingProposals } from './api/get-pending-proposals';
import { RECENT_CHANGES, useRecentChanges } from './api/get-recent-changes';
import { AwaitingDecision, useMayDecide } from './components/awaiting-decision';
import { OffTargetIndicators } from './components/off-target-indicators';
import { OverdueActions } from './components/overdue-actions';
import { RagByPriority } from './components/rag-by-priority';
import { RecentChanges } from './components/recent-changes';

/** The state of the plan at a glance: RAG by priority, what is overdue or off target, what changed. */
export default function DashboardPage() {
  const sections = useSectionsInOrder();
  // Drawn at a lower priority than typing and clicking (in slices), as QueryState does.
  const shown = useDeferredValue(useSectionsShown(sections), 0);
  return (
    <Page title="Dashboard">
      {sections.slice(0, shown).map(({ id, Section }) => (
        <Section key={id} />
      ))}
      {shown < sections.length && (
        // Once a section shows, the others' loading is said, not shown: the line would move
        // down the page as sections arrive above it.
        <p className={shown === 0 ? 'govuk-body app-muted' : 'govuk-visually-hidden'} role="status">
          Loading…
        </p>
      )}
    </Page>
  );
}

type DashboardSection = { id: string; Section: ComponentType; settled: boolean };

/**
 * The sections in page order, each with whether its figures have answered (or failed, which the
 * section says). A query that is not asked (proposals, for a user who does not decide them) is
 * pending but idle, and its section shows nothing.
 */
function useSectionsInOrder(): DashboardSection[] {
  const settled = (query: { isPending: boolean; fetchStatus: string }) =>
    !query.isPending || query.fetchStatus === 'idle';
  const proposals = usePendingProposals({ enabled: useMayDecide() });
  const priorities = usePriorities();
  const overdue = useOverdueActions();
  const offTarget = useOffTargetIndicators();
  const changes = useRecentChanges(RECENT_CHANGES);
  return [
    { id: 'awaiting-decision', Section: AwaitingDecision, settled: settled(proposals) },
    { id: 'rag-by-priority', Section: RagByPriority, settled: settled(priorities) },
    { id: 'overdue-actions', Section: OverdueActions, settled: settled(overdue) },
    { id: 'off-target', Section: OffTargetIndicators, settled: settled(offTarget) },
    { id: 'recent-changes', Section: RecentChanges, settled: settled(changes) },
  ];
}

/**
 * How many sections show: those from the top whose figures (and those of every section above)
 * have arrived. A section is added below the others, never above one already on screen, so that
 * nothing moves down the page as the figures arrive; later refetches leave the sections in place.
 */
function useSectionsShown(sections: DashboardSection[]): number {
  const ready = sections.findIndex((s) => !s.settled);
  const now = ready < 0 ? sections.length : ready;
  const [shown, setShown] = useState(0);
  if (now > shown) setShown(now);
  return Math.max(now, shown);
}
