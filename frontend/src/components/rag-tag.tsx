export type Rag = 'RED' | 'AMBER' | 'AMBER_E' | 'GREEN';

const LABELS: Record<Rag, { text: string; colour: string }> = {
  RED: { text: 'Red', colour: 'govuk-tag--red' },
  AMBER: { text: 'Amber', colour: 'govuk-tag--orange' },
  AMBER_E: { text: 'Amber E', colour: 'govuk-tag--yellow' },
  GREEN: { text: 'Green', colour: 'govuk-tag--green' },
};

export const RAG_MEANINGS: Record<Rag, string> = {
  RED: 'Task is overdue',
  AMBER: 'Task is in progress',
  AMBER_E: 'Task implemented but impact not yet evidenced',
  GREEN: 'Task implemented and evidence demonstrates embedded change',
};

/** A RAG status as a GOV.UK tag; the word is always shown, never colour alone. */
export function RagTag({ rag }: { rag: Rag | null | undefined }) {
  if (!rag) {
    return <strong className="govuk-tag govuk-tag--grey">Not rated</strong>;
  }
  return (
    <strong className={`govuk-tag ${LABELS[rag].colour}`} title={RAG_MEANINGS[rag]}>
      {LABELS[rag].text}
    </strong>
  );
}

export function ragLabel(rag: Rag | null | undefined): string {
  return rag ? LABELS[rag].text : 'Not rated';
}
