import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/components/error-summary';
import { Select, TextField } from '@/components/form-fields';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { Schemas } from '@/lib/api-client';
import { currentMonth } from '@/lib/months';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Whether text names a month figures can be entered for: YYYY-MM, not yet to come. */
export function isEnterableMonth(text: string, now: Date = new Date()): boolean {
  return MONTH.test(text) && text <= currentMonth(now);
}

/** Chooses the month whose figures the sheet shows, and the plan when there are several. */
export function MonthChooser({
  plans,
  plan,
  month,
  onChoose,
}: {
  plans: Schemas['PlanResponse'][];
  plan: number;
  month: string;
  onChoose: (chosen: { plan: number; month: string }) => void;
}) {
  const [planText, setPlanText] = useState(String(plan));
  const [text, setText] = useState(month);
  const form = useFormErrors();

  function submit(event: FormEvent) {
    event.preventDefault();
    const chosen = text.trim();
    const problem = !MONTH.test(chosen)
      ? 'Enter the month, for example 2023-04'
      : !isEnterableMonth(chosen)
        ? 'The month must not be in the future'
        : undefined;
    if (!form.check(problem ? { month: problem } : {})) return;
    onChoose({ plan: Number(planText), month: chosen });
  }

  return (
    <>
      <ErrorSummary errors={form.errors} />
      <form className="app-filters" onSubmit={submit} noValidate aria-label="Choose the month">
        {plans.length > 1 && (
          <Select
            name="plan"
            label="Plan"
            value={planText}
            onChange={setPlanText}
            options={plans.map((p) => ({ value: String(p.id), label: p.title }))}
          />
        )}
        <TextField
          name="month"
          label="Month"
          hint="For example, 2023-04"
          type="month"
          width="govuk-input--width-10"
          value={text}
          onChange={setText}
          error={form.errors.month}
        />
        <button
          type="submit"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        >
          Show month
        </button>
      </form>
    </>
  );
}
