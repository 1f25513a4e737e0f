import { useState, type FormEvent } from 'react';
import { ErrorSummary, type FieldErrors } from '@/components/error-summary';
import { TextArea, TextField } from '@/components/form-fields';
import { SuccessBanner } from '@/components/success-banner';
import { useFormErrors } from '@/hooks/use-form-errors';
import { useAddProgressUpdate } from '../api/add-progress-update';
import { today } from '../utils/action-form';

/** Records evidence of progress; the date defaults to today. */
export function AddProgressForm({ actionId }: { actionId: number }) {
  const add = useAddProgressUpdate(actionId);
  const [date, setDate] = useState(today);
  const [text, setText] = useState('');
  const { errors, message, check, showError } = useFormErrors();
  const [done, setDone] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!text.trim()) missing.text = 'Enter what has happened';
    setDone(false);
    if (!check(missing)) return;
    add.mutate(
      { ...(date ? { date } : {}), text },
      {
        onSuccess: () => {
          setText('');
          setDate(today());
          setDone(true);
        },
        onError: (error) => showError(error),
      },
    );
  }

  return (
    <section aria-labelledby="add-progress-heading">
      <h3 className="govuk-heading-s" id="add-progress-heading">
        Add a progress update
      </h3>
      {done && <SuccessBanner heading="Your progress update was added" />}
      <ErrorSummary errors={errors} description={message} />
      <form onSubmit={submit} noValidate>
        <TextField
          name="date"
          label="Date"
          hint="The date the evidence relates to"
          type="date"
          width="govuk-input--width-10"
          value={date}
          onChange={setDate}
          error={errors.date}
        />
        <TextArea
          name="text"
          label="What has happened"
          hint="The evidence of progress. Line breaks are kept."
          rows={5}
          value={text}
          onChange={setText}
          error={errors.text}
        />
        <button type="submit" className="govuk-button" disabled={add.isPending}>
          Add progress update
        </button>
      </form>
    </section>
  );
}
