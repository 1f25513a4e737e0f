import { useState, type FormEvent } from 'react';
import { ErrorSummary, type FieldErrors } from '@/components/error-summary';
import { TextField } from '@/components/form-fields';
import { useFormErrors } from '@/hooks/use-form-errors';
import { useAddRecommendation } from '../api/add-recommendation';

/** Adds a recommendation to an audit: what should be done, by whom, by when. */
export function RecommendationForm({ auditId }: { auditId: number }) {
  const add = useAddRecommendation(auditId);
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const { errors, message, check, showError } = useFormErrors();

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: FieldErrors = {};
    if (!text.trim()) found.text = 'Enter the recommendation';
    if (!owner.trim()) found.owner = 'Enter who owns it';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate)) found.dueDate = 'Enter the due date, like 2023-06-30';
    if (!check(found)) return;
    add.mutate(
      { text: text.trim(), owner: owner.trim(), dueDate },
      {
        onSuccess: () => {
          setText('');
          setOwner('');
          setDueDate('');
        },
        onError: (error) => showError(error),
      },
    );
  }

  return (
    <>
      <h2 className="govuk-heading-m">Add a recommendation</h2>
      <ErrorSummary errors={errors} description={message} />
      <form onSubmit={submit} noValidate>
        <TextField
          name="text"
          label="Recommendation"
          value={text}
          onChange={setText}
          error={errors.text}
        />
        <TextField
          name="owner"
          label="Owner"
          value={owner}
          onChange={setOwner}
          error={errors.owner}
        />
        <TextField
          name="dueDate"
          label="Due date"
          type="date"
          width="govuk-input--width-10"
          value={dueDate}
          onChange={setDueDate}
          error={errors.dueDate}
        />
        <button type="submit" className="govuk-button" disabled={add.isPending}>
          Add recommendation
        </button>
      </form>
    </>
  );
}
