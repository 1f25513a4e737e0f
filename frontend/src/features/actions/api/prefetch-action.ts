import type { QueryClient } from '@tanstack/react-query';
import { actionQueryOptions } from './get-action';

/** Asks for the action at `/actions/:id` while its page's code loads. */
export function prefetchAction(client: QueryClient, params: { id?: string }): void {
  const id = Number(params.id);
  if (Number.isInteger(id) && id > 0) void client.prefetchQuery(actionQueryOptions(id));
}
