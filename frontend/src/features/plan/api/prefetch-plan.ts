import type { QueryClient } from '@tanstack/react-query';
import { findingsQueryOptions, prioritiesQueryOptions } from '@/lib/reference-data';
import { actionsQueryOf, filtersFrom, pageFrom } from '../utils/plan-filters';
import { actionsQueryOptions } from './get-actions';

/** Asks for the plan's rows, as the address filters them, while its code loads. */
export function prefetchPlan(client: QueryClient, search: URLSearchParams): void {
  void client.prefetchQuery(prioritiesQueryOptions());
  void client.prefetchQuery(findingsQueryOptions());
  void client.prefetchQuery(
    actionsQueryOptions(actionsQueryOf(filtersFrom(search), pageFrom(search))),
  );
}
