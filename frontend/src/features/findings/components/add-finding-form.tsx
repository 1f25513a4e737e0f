import { useState, type FormEvent } from 'react';
import { Checkboxes } from '@/components/choice-fields';
import { ErrorSummary, type FieldErrors } from '@/components/error-summary';
import { TextArea, TextField } from '@/components/form-fields';
import { useFormErrors } from '@/hooks/use-form-errors';
import { useCreateFinding } from '../api/create-finding';

/**
 * Adds a finding of a new letter (a monitoring visit, say), so that the plan's coverage shows it
 * until an action answers it.
 */
export function AddFindingForm({ planId, source }: { planId: number; source?: string }) {
  const create = useCreateFinding();
  const [letter, setLetter] = useState(source ?? '');
  const [paragraph, setParagraph] = useState('');
  const [summary, setSummary] = useState('');
  const [priorityAction, setPriorityAction] = useState(false);
  const [added, setAdded] = useState<string>();
  const { errors, message, check, showError } = useFormErrors();

  function validate(): FieldErrors {
    const found: FieldErrors = {};
    if (!letter.trim()) found.source = 'Enter the letter the finding comes from';
    if (paragraph.trim() && !/^[1-9]\d*$/.test(paragraph.trim())) {
      found.paragraph = 'Enter the paragraph number, like 13, or leave it empty';
    }
    if (!summary.trim()) found.summary = 'Enter what the finding says';
    return found;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setAdded(undefined);
    if (!check(validate())) return;
    create.mutate(
      {
        planId,
        source: letter.trim(),
        paragraph: paragraph.trim() ? Number(paragraph) : null,
        summary: summary.trim(),
        priorityAction,
      },
      {
        onSuccess: (finding) => {
          setAdded(finding.label);
          setParagraph('');
          setSummary('');
          setPriorityAction(false);
        },
        onError: (error) => showError(error),
      },
    );
  }

  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Add a finding</span>
      </summary>
      <div className="govuk-details__text">
        {added && (
          <p className="govuk-body" role="status">
            Added “{added}”. It shows as unanswered until an action answers it.
          </p>
        )}
        <ErrorSummary errors={errors} description={message} />
        <form onSubmit={submit} noValidate>
          <TextField
            name="source"
            label="Letter"
            hint="For example, FDFV Dec 2022"
            value={letter}
            onChange={setLetter}
            error={errors.source}
          />
          <TextField
            name="paragraph"
            label="Paragraph (optional)"
            hint="Leave empty for a named area for improvement"
            width="govuk-input--width-5"
            value={paragraph}
            onChange={setParagraph}
            error={errors.paragraph}
          />
          <TextArea
            name="summary"
            label="What the finding says"
            rows={3}
            value={summary}
            onChange={setSummary}
            error={errors.summary}
          />
          <Checkboxes
            name="priorityAction"
            legend="Priority"
            values={priorityAction ? ['yes'] : []}
            onChange={(chosen) => setPriorityAction(chosen.includes('yes'))}
            options={[{ value: 'yes', label: 'An area for priority action' }]}
          />
          <button
            type="submit"
            className="govuk-button govuk-button--secondary"
            disabled={create.isPending}
          >
            Add finding
          </button>
        </form>
      </div>
    </details>
  );
}
