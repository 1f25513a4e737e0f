import type { QueryClient } from '@tanstack/react-query';

/**
 * After a change to an action: the action and its logs, and the listings that show its RAG, its
 * findings and its indicators (the plan, coverage, the scorecard, dashboards).
 */
export function invalidateAfterActionChange(client: QueryClient) {
  return Promise.all(
    ['actions', 'priorities', 'findings', 'indicators', 'rag-proposals', 'recent-changes'].map(
      (key) => client.invalidateQueries({ queryKey: [key] }),
    ),
  );
}
