import { useState } from 'react';
import { ErrorSummary } from '@/components/error-summary';
import { TextArea } from '@/components/form-fields';
import { SuccessBanner } from '@/components/success-banner';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { Schemas } from '@/lib/api-client';
import { useWriteCommentary } from '../api/write-commentary';

/** The editors' judgement: the overall summary and each priority's progress and challenges. */
export function CommentaryForm({
  meetingId,
  report,
}: {
  meetingId: number;
  report: Schemas['HighlightReport'];
}) {
  const [summary, setSummary] = useState(report.summary);
  const [priorities, setPriorities] = useState(
    report.priorities.map((p) => ({
      priorityId: p.priorityId,
      label: `${p.number}. ${p.title}`,
      progress: p.progress,
      challenges: p.challenges,
    })),
  );
  const write = useWriteCommentary(meetingId);
  const { errors, message, showError, clear } = useFormErrors();
  const change = (index: number, field: 'progress' | 'challenges', value: string) =>
    setPriorities((all) => all.map((p, i) => (i === index ? { ...p, [field]: value } : p)));
  return (
    <section aria-labelledby="commentary-heading">
      <h2 className="govuk-heading-m" id="commentary-heading">
        Commentary
      </h2>
      {write.isSuccess && <SuccessBanner heading="The commentary was saved" />}
      <ErrorSummary errors={errors} description={message} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          write.mutate(
            {
              summary,
              priorities: priorities.map(({ priorityId, progress, challenges }) => ({
                priorityId,
                progress,
                challenges,
              })),
            },
            { onSuccess: clear, onError: (error) => showError(error) },
          );
        }}
      >
        <TextArea
          name="summary"
          label="Overall summary"
          value={summary}
          onChange={setSummary}
          error={errors.summary}
        />
        {priorities.map((p, index) => (
          <fieldset key={p.priorityId} className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{p.label}</legend>
            <TextArea
              name={`priorities[${index}].progress`}
              label="Progress"
              rows={3}
              value={p.progress}
              onChange={(v) => change(index, 'progress', v)}
              error={errors[`priorities[${index}].progress`]}
            />
            <TextArea
              name={`priorities[${index}].challenges`}
              label="Challenges"
              rows={3}
              value={p.challenges}
              onChange={(v) => change(index, 'challenges', v)}
              error={errors[`priorities[${index}].challenges`]}
            />
          </fieldset>
        ))}
        <button type="submit" className="govuk-button" disabled={write.isPending}>
          Save commentary
        </button>
      </form>
    </section>
  );
}
