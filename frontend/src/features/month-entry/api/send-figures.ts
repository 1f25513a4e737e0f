import { api, unwrap, type Schemas } from '@/lib/api-client';
import type { SentRow } from '../utils/sheet';

export type BulkResult = Schemas['BulkResult'];

/** What the API made of the figures: its counts, or the refusal naming the rows at fault. */
export type SendOutcome =
  { refused: false; result: BulkResult } | { refused: true; result: Schemas['BulkRefusal'] };

export type SendRequest = {
  plan: number;
  rows: SentRow[];
  dryRun: boolean;
  acknowledgeWarnings: boolean;
  /** Sent when saving, so that a repeat of the same request applies nothing twice. */
  idempotencyKey?: string;
};

/**
 * Sends a month's figures to the bulk API as one JSON call: every row is checked, and either all
 * are written, as one batch, or none. A 422 naming rows (or unacknowledged warnings) is an
 * outcome to show, not an error.
 */
export async function sendFigures(request: SendRequest): Promise<SendOutcome> {
  const answer = await api.POST('/api/v1/bulk/indicator-values', {
    params: {
      query: {
        plan: request.plan,
        dryRun: request.dryRun || undefined,
        acknowledgeWarnings: request.acknowledgeWarnings || undefined,
      },
      header: request.idempotencyKey ? { 'Idempotency-Key': request.idempotencyKey } : undefined,
    },
    // The document describes the JSON body only in words ({"values": [ … ]}), as a bare object.
    body: { values: request.rows } as unknown as Record<string, never>,
  });
  const refusal: unknown = answer.error;
  if (
    answer.response.status === 422 &&
    typeof refusal === 'object' &&
    refusal !== null &&
    'rejected' in refusal
  ) {
    return { refused: true, result: refusal as Schemas['BulkRefusal'] };
  }
  return { refused: false, result: unwrap(answer) };
}
