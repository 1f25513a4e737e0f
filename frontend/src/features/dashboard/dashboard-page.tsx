import { Page } from '@/components/page';
import { AwaitingDecision } from './components/awaiting-decision';
import { OffTargetIndicators } from './components/off-target-indicators';
import { OverdueActions } from './components/overdue-actions';
import { RagByPriority } from './components/rag-by-priority';
import { RecentChanges } from './components/recent-changes';

/** The state of the plan at a glance: RAG by priority, what is overdue or off target, what changed. */
export default function DashboardPage() {
  return (
    <Page title="Dashboard">
      <AwaitingDecision />
      <RagByPriority />
      <OverdueActions />
      <OffTargetIndicators />
      <RecentChanges />
    </Page>
  );
}
