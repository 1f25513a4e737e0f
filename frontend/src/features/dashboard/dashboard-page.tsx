import { useDeferredValue, useState } from 'react';
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
  // Drawn at a lower priority than typing and clicking (in slices), as QueryState does.
  const loading = useDeferredValue(useFirstLoading(), true);
  return (
    <Page title="Dashboard">
      {loading ? (
        <p className="govuk-body app-muted" role="status">
          Loading…
        </p>
      ) : (
        <>
          <AwaitingDecision />
          <RagByPriority />
          <OverdueActions />
          <OffTargetIndicators />
          <RecentChanges />
        </>
      )}
    </Page>
  );
}

/**
 * Whether the sections' figures are still on their way, the first time. The sections show
 * together once all have answered (or failed, which each section says), so that none moves down
 * the page as another above it fills in; later refetches leave them in place.
 */
function useFirstLoading(): boolean {
  const mayDecide = useMayDecide();
  const queries = [
    usePendingProposals({ enabled: mayDecide }),
    usePriorities(),
    useOverdueActions(),
    useOffTargetIndicators(),
    useRecentChanges(RECENT_CHANGES),
  ];
  // A query that is not asked (proposals, for a user who does not decide) is pending but idle.
  const loading = queries.some((query) => query.isPending && query.fetchStatus !== 'idle');
  const [loaded, setLoaded] = useState(false);
  if (!loading && !loaded) setLoaded(true);
  return !loaded && loading;
}
