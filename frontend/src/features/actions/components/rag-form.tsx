import { useState, type FormEvent } from 'react';
import { Radios } from '@/components/choice-fields';
import { ErrorSummary, type FieldErrors } from '@/components/error-summary';
import { TextArea } from '@/components/form-fields';
import { RAG_MEANINGS, ragLabel, RAGS, type Rag } from '@/components/rag-tag';
import { SuccessBanner } from '@/components/success-banner';
import { useFormErrors } from '@/hooks/use-form-errors';
import { useChangeRag } from '../api/change-rag';
import { useProposeRagChange } from '../api/propose-rag-change';

const MODES = {
  change: {
    heading: 'Change the RAG status',
    reasonLabel: 'Reason for the change',
    reasonHint: 'This is kept in the RAG history. Green needs a progress update as evidence.',
    submit: 'Change RAG status',
    done: (rag: Rag) => `The RAG status is now ${ragLabel(rag)}`,
  },
  propose: {
    heading: 'Propose a RAG change',
    reasonLabel: 'Why the RAG status should change',
    reasonHint: "The council's editors see this when they accept or reject your proposal.",
    submit: 'Propose RAG change',
    done: (rag: Rag) => `Your proposal of ${ragLabel(rag)} was sent to the council's editors`,
  },
};

/**
 * The RAG status form: editors change it ("change"); partners and other contributors propose a
 * change for an editor to decide ("propose").
 */
export function RagForm({ actionId, mode }: { actionId: number; mode: 'change' | 'propose' }) {
  const change = useChangeRag(actionId);
  const propose = useProposeRagChange(actionId);
  const mutation = mode === 'change' ? change : propose;
  const text = MODES[mode];
  const [rag, setRag] = useState<Rag | ''>('');
  const [reason, setReason] = useState('');
  const { errors, message, check, showError } = useFormErrors();
  const [done, setDone] = useState<string>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!rag) missing.rag = 'Select the new RAG status';
    if (!reason.trim()) missing.reason = 'Enter the reason for the change';
    setDone(undefined);
    if (!check(missing) || !rag) return;
    const chosen = rag;
    mutation.mutate(
      { rag: chosen, reason },
      {
        onSuccess: () => {
          setRag('');
          setReason('');
          setDone(text.done(chosen));
        },
        onError: (error) => showError(error),
      },
    );
  }

  return (
    <section aria-labelledby={`rag-${mode}-heading`}>
      <h3 className="govuk-heading-s" id={`rag-${mode}-heading`}>
        {text.heading}
      </h3>
      {done && <SuccessBanner heading={done} />}
      <ErrorSummary errors={errors} description={message} />
      <form onSubmit={submit} noValidate>
        <Radios
          name="rag"
          legend="New RAG status"
          options={RAGS.map((r) => ({ value: r, label: ragLabel(r), hint: RAG_MEANINGS[r] }))}
          value={rag}
          onChange={setRag}
          error={errors.rag}
        />
        <TextArea
          name="reason"
          label={text.reasonLabel}
          hint={text.reasonHint}
          rows={3}
          value={reason}
          onChange={setReason}
          error={errors.reason}
        />
        <button type="submit" className="govuk-button" disabled={mutation.isPending}>
          {text.submit}
        </button>
      </form>
    </section>
  );
}
