import { useState } from 'react';
import { ErrorSummary } from '@/components/error-summary';
import { Select, TextArea, TextField } from '@/components/form-fields';
import { SuccessBanner } from '@/components/success-banner';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { Schemas } from '@/lib/api-client';
import { useCreateRisk } from '../api/create-risk';

const SCORES = ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }));

/** A risk for the report: description, likelihood and impact 1–5, owner, mitigation. */
export function RiskForm({
  meetingId,
  priorities,
}: {
  meetingId: number;
  priorities: Schemas['PrioritySection'][];
}) {
  const empty = {
    priorityId: '',
    description: '',
    likelihood: '3',
    impact: '3',
    owner: '',
    mitigation: '',
  };
  const [risk, setRisk] = useState(empty);
  const create = useCreateRisk(meetingId);
  const { errors, message, check, showError, clear } = useFormErrors();
  const set = (field: keyof typeof empty) => (value: string) =>
    setRisk((r) => ({ ...r, [field]: value }));
  return (
    <section aria-labelledby="risk-heading">
      <h2 className="govuk-heading-m" id="risk-heading">
        Add a risk
      </h2>
      {create.isSuccess && <SuccessBanner heading="The risk was added to the report" />}
      <ErrorSummary errors={errors} description={message} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const found: Record<string, string> = {};
          if (!risk.description.trim()) found.description = 'Describe the risk';
          if (!risk.owner.trim()) found.owner = 'Name who owns the risk';
          if (!check(found)) return;
          create.mutate(
            {
              meetingId,
              priorityId: risk.priorityId ? Number(risk.priorityId) : null,
              description: risk.description,
              likelihood: Number(risk.likelihood),
              impact: Number(risk.impact),
              owner: risk.owner,
              mitigation: risk.mitigation,
            },
            {
              onSuccess: () => {
                clear();
                setRisk(empty);
              },
              onError: (error) => showError(error),
            },
          );
        }}
      >
        <Select
          name="priorityId"
          label="Priority"
          value={risk.priorityId}
          onChange={set('priorityId')}
          options={[
            { value: '', label: 'The whole plan' },
            ...priorities.map((p) => ({
              value: String(p.priorityId),
              label: `${p.number}. ${p.title}`,
            })),
          ]}
          error={errors.priorityId}
        />
        <TextArea
          name="description"
          label="Risk"
          rows={3}
          value={risk.description}
          onChange={set('description')}
          error={errors.description}
        />
        <Select
          name="likelihood"
          label="Likelihood (1 to 5)"
          value={risk.likelihood}
          onChange={set('likelihood')}
          options={SCORES}
          error={errors.likelihood}
        />
        <Select
          name="impact"
          label="Impact (1 to 5)"
          value={risk.impact}
          onChange={set('impact')}
          options={SCORES}
          error={errors.impact}
        />
        <TextField
          name="owner"
          label="Owner"
          value={risk.owner}
          onChange={set('owner')}
          error={errors.owner}
        />
        <TextArea
          name="mitigation"
          label="Mitigation"
          rows={3}
          value={risk.mitigation}
          onChange={set('mitigation')}
          error={errors.mitigation}
        />
        <button
          type="submit"
          className="govuk-button govuk-button--secondary"
          disabled={create.isPending}
        >
          Add risk
        </button>
      </form>
    </section>
  );
}
