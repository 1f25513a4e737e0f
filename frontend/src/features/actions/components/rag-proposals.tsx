import { useState, type FormEvent } from 'react';
import { DataTable } from '@/components/data-table';
import { ErrorSummary } from '@/components/error-summary';
import { TextArea } from '@/components/form-fields';
import { RagTag, ragLabel } from '@/components/rag-tag';
import { SuccessBanner } from '@/components/success-banner';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { Schemas } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useAcceptRagProposal } from '../api/accept-rag-proposal';
import { useRagProposals } from '../api/get-rag-proposals';
import { useRejectRagProposal } from '../api/reject-rag-proposal';

type Proposal = Schemas['RagProposalResponse'];

const STATUS: Record<Proposal['status'], { text: string; colour: string }> = {
  PENDING: { text: 'Awaiting a decision', colour: 'govuk-tag--blue' },
  ACCEPTED: { text: 'Accepted', colour: 'govuk-tag--green' },
  REJECTED: { text: 'Rejected', colour: 'govuk-tag--red' },
};

/** For editors: the partners' proposals awaiting a decision, each with Accept and Reject. */
export function PendingProposals({ actionId }: { actionId: number }) {
  const proposals = useRagProposals(actionId, { enabled: true });
  const [done, setDone] = useState<string>();
  const pending = (proposals.data ?? []).filter((p) => p.status === 'PENDING');

  if (pending.length === 0 && !done) return null;
  return (
    <section aria-labelledby="pending-proposals-heading">
      <h3 className="govuk-heading-s" id="pending-proposals-heading">
        Proposals awaiting a decision
      </h3>
      {done && <SuccessBanner heading={done} />}
      {pending.length === 0 && <p className="govuk-body">No proposals are awaiting a decision.</p>}
      {pending.map((proposal) => (
        <PendingProposal key={proposal.id} proposal={proposal} onDecided={setDone} />
      ))}
    </section>
  );
}

function PendingProposal({
  proposal,
  onDecided,
}: {
  proposal: Proposal;
  onDecided: (message: string) => void;
}) {
  const accept = useAcceptRagProposal();
  const reject = useRejectRagProposal();
  const [note, setNote] = useState('');
  const { errors, message, clear, showError } = useFormErrors();
  const { id } = proposal;
  // Each proposal has its own note field, so that the error summary's link reaches the right one.
  const noteField = `note-${id}`;
  const who = `${proposal.proposedBy} (${proposal.organisation})`;

  function decide(decision: 'accept' | 'reject') {
    clear();
    const mutation = decision === 'accept' ? accept : reject;
    mutation.mutate(
      { proposalId: id, note: note.trim() || undefined },
      {
        onSuccess: () =>
          onDecided(
            decision === 'accept'
              ? `Proposal accepted: the RAG status is now ${ragLabel(proposal.proposedRag)}`
              : `Proposal of ${ragLabel(proposal.proposedRag)} rejected`,
          ),
        onError: (error) =>
          showError(error, (fields) => (fields.note ? { [noteField]: fields.note } : {})),
      },
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    decide('accept');
  }

  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h4 className="govuk-summary-card__title">
          {who} proposes <RagTag rag={proposal.proposedRag} />
        </h4>
      </div>
      <div className="govuk-summary-card__content">
        <ErrorSummary errors={errors} labels={{ [noteField]: 'Note' }} description={message} />
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Reason</dt>
            <dd className="govuk-summary-list__value app-pre-wrap">{proposal.reason}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Proposed</dt>
            <dd className="govuk-summary-list__value">{formatDateTime(proposal.createdAt)}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">RAG status when proposed</dt>
            <dd className="govuk-summary-list__value">
              <RagTag rag={proposal.currentRag} />
            </dd>
          </div>
        </dl>
        <form onSubmit={submit} noValidate>
          <TextArea
            name={noteField}
            label="Note for the partner (optional)"
            rows={2}
            value={note}
            onChange={setNote}
            error={errors[noteField]}
          />
          <div className="govuk-button-group">
            <button
              type="submit"
              className="govuk-button"
              disabled={accept.isPending || reject.isPending}
            >
              Accept<span className="govuk-visually-hidden"> the proposal from {who}</span>
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--warning"
              disabled={accept.isPending || reject.isPending}
              onClick={() => decide('reject')}
            >
              Reject<span className="govuk-visually-hidden"> the proposal from {who}</span>
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}

/** For partners: the proposals their organisation made for this action, and what became of them. */
export function OwnProposals({
  actionId,
  organisation,
}: {
  actionId: number;
  organisation: string | undefined;
}) {
  const proposals = useRagProposals(actionId, { enabled: true });
  const own = (proposals.data ?? []).filter((p) => p.organisation === organisation);
  if (own.length === 0) return null;
  return (
    <DataTable
      caption="Your organisation's proposals"
      captionSize="s"
      columns={[
        { header: 'Proposed', cell: (p) => <RagTag rag={p.proposedRag} /> },
        { header: 'Reason', cellClassName: 'app-pre-wrap', cell: (p) => p.reason },
        {
          header: 'By',
          cell: (p) => (
            <>
              {p.proposedBy}, {formatDateTime(p.createdAt)}
            </>
          ),
        },
        { header: 'Status', cell: (p) => <ProposalStatus proposal={p} /> },
      ]}
      rows={own}
      rowKey={(p) => p.id}
    />
  );
}

function ProposalStatus({ proposal: p }: { proposal: Proposal }) {
  const status = STATUS[p.status];
  return (
    <>
      <strong className={`govuk-tag ${status.colour}`}>{status.text}</strong>
      {p.decidedBy && (
        <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
          By {p.decidedBy}, {formatDateTime(p.decidedAt)}
        </p>
      )}
      {p.decisionNote && (
        <p className="govuk-body-s app-pre-wrap govuk-!-margin-bottom-0">{p.decisionNote}</p>
      )}
    </>
  );
}
