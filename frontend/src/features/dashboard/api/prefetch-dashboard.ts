import type { QueryClient } from '@tanstack/react-query';
import { prioritiesQueryOptions } from '@/lib/reference-data';
import { offTargetIndicatorsQueryOptions } from './get-off-target-indicators';
import { overdueActionsQueryOptions } from './get-overdue-actions';
import { pendingProposalsQueryOptions } from './get-pending-proposals';
import { RECENT_CHANGES, recentChangesQueryOptions } from './get-recent-changes';

/** Asks for the dashboard's figures while its code loads (see app/routes.tsx). */
export function prefetchDashboard(client: QueryClient): void {
  void client.prefetchQuery(pendingProposalsQueryOptions);
  void client.prefetchQuery(prioritiesQueryOptions());
  void client.prefetchQuery(overdueActionsQueryOptions());
  void client.prefetchQuery(offTargetIndicatorsQueryOptions());
  void client.prefetchQuery(recentChangesQueryOptions(RECENT_CHANGES));
}
