import type { Schemas } from '@/lib/api-client';
import { isKeyOf, keysOf } from '@/lib/enums';

export type Rag = Schemas['Rag'];
/** A RAG status to filter by: NONE is an action not yet rated. */
export type RagFilter = Schemas['RagFilter'];

/** Each RAG status as people say it, and "Not rated" for none. */
export const RAG_NAMES: Record<RagFilter, string> = {
  RED: 'Red',
  AMBER: 'Amber',
  AMBER_E: 'Amber E',
  GREEN: 'Green',
  NONE: 'Not rated',
};

const COLOURS: Record<Rag, string> = {
  RED: 'govuk-tag--red',
  AMBER: 'govuk-tag--orange',
  AMBER_E: 'govuk-tag--yellow',
  GREEN: 'govuk-tag--green',
};

export const RAG_MEANINGS: Record<Rag, string> = {
  RED: 'Task is overdue',
  AMBER: 'Task is in progress',
  AMBER_E: 'Task implemented but impact not yet evidenced',
  GREEN: 'Task implemented and evidence demonstrates embedded change',
};

/** Every RAG status, from red to green. */
export const RAGS = keysOf(COLOURS);

/** The RAG status a loosely typed value holds, or null: for an audit event's snapshots. */
export function ragOf(value: unknown): Rag | null {
  return isKeyOf(COLOURS, value) ? value : null;
}

/** A RAG status as a GOV.UK tag; the word is always shown, never colour alone. */
export function RagTag({ rag }: { rag: Rag | null }) {
  if (!rag) {
    return <strong className="govuk-tag govuk-tag--grey">{RAG_NAMES.NONE}</strong>;
  }
  return (
    <strong className={`govuk-tag ${COLOURS[rag]}`} title={RAG_MEANINGS[rag]}>
      {RAG_NAMES[rag]}
    </strong>
  );
}

export function ragLabel(rag: Rag | null): string {
  return RAG_NAMES[rag ?? 'NONE'];
}
