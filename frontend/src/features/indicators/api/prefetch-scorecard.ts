import type { QueryClient } from '@tanstack/react-query';
import { scorecardWindowFrom } from '../utils/scorecard-window';
import { scorecardQuery } from './get-scorecard';

/** Asks for the scorecard's window of months, as the address says, while its code loads. */
export function prefetchScorecard(client: QueryClient, search: URLSearchParams): void {
  void client.prefetchQuery(scorecardQuery(scorecardWindowFrom(search)));
}
