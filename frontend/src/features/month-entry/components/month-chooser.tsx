import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/components/error-summary';
import { TextField } from '@/components/form-fields';
import { useFormErrors } from '@/hooks/use-form-errors';
import { currentMonth } from '@/lib/months';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Whether text names a month figures can be entered for: YYYY-MM, not yet to come. */
export function isEnterableMonth(text: string, now: Date = new Date()): boolean {
  return MONTH.test(text) && text <= currentMonth(now);
}

/** Chooses the month whose figures the sheet shows. */
export function MonthChooser({
  month,
  onChoose,
}: {
  month: string;
  onChoose: (month: string) => void;
}) {
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
    onChoose(chosen);
  }

  return (
    <>
      <ErrorSummary errors={form.errors} />
      <form className="app-filters" onSubmit={submit} noValidate aria-label="Choose the month">
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
