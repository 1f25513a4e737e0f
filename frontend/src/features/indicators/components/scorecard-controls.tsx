import { useState, type FormEvent } from 'react';
import { Select } from '@/components/form-fields';
import { addMonths, currentMonth, mediumMonth } from '@/lib/months';
import { MONTH_CHOICES } from '../utils/scorecard-window';

/** Months offered when the plan's first month is not known yet. */
const DEFAULT_REACH = 36;

/**
 * The window of months the scorecard shows: how many, ending when. "Up to" reaches back to
 * `first`, the plan's first month with figures.
 */
export function ScorecardControls({
  months,
  to,
  first,
  onChange,
}: {
  months: number;
  to: string;
  first?: string | null;
  onChange: (value: { months: number; to: string }) => void;
}) {
  const [draftMonths, setDraftMonths] = useState(String(months));
  const [draftTo, setDraftTo] = useState(to);
  const latest = currentMonth();
  const toChoices: string[] = [];
  for (
    let month = latest;
    first ? month >= first : toChoices.length < DEFAULT_REACH;
    month = addMonths(month, -1)
  ) {
    toChoices.push(month);
  }
  if (to && !toChoices.includes(to)) toChoices.push(to);

  function submit(event: FormEvent) {
    event.preventDefault();
    onChange({ months: Number(draftMonths), to: draftTo });
  }

  return (
    <form className="app-filters" onSubmit={submit} aria-label="Choose the months">
      <Select
        name="months"
        label="Months shown"
        value={draftMonths}
        onChange={setDraftMonths}
        options={MONTH_CHOICES.map((m) => ({ value: String(m), label: `${m} months` }))}
      />
      <Select
        name="to"
        label="Up to"
        value={draftTo}
        onChange={setDraftTo}
        options={[
          { value: '', label: 'Latest month with figures' },
          ...toChoices.map((m) => ({ value: m, label: mediumMonth(m) })),
        ]}
      />
      <button
        type="submit"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
      >
        Show
      </button>
    </form>
  );
}
