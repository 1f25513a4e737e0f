import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ChoiceItem } from '@/components/choice-fields';
import { fieldId } from '@/components/error-summary';
import { Select, TextField } from '@/components/form-fields';
import { shorten } from '@/components/short-text';
import type { Schemas } from '@/lib/api-client';
import { paragraphsCited } from '@/lib/reference-data';
import { RAG_FILTERS, searchParamsOf, type PlanFilters } from '../utils/plan-filters';

/**
 * The plan's filters. They are applied with the button, as a GET form would: the page then keeps
 * them in its URL. When the URL's filters change (a link, the back button) the form shows them,
 * without remounting, so that the keyboard focus stays where it was.
 */
export function PlanFiltersForm({
  filters,
  priorities,
  findings,
  onApply,
}: {
  filters: PlanFilters;
  priorities: Schemas['PriorityResponse'][];
  findings: Schemas['FindingResponse'][];
  onApply: (filters: PlanFilters) => void;
}) {
  const [draft, setDraft] = useState(filters);
  const [shown, setShown] = useState(filters);
  if (searchParamsOf(shown).toString() !== searchParamsOf(filters).toString()) {
    setShown(filters);
    setDraft(filters);
  }
  const set =
    <K extends keyof PlanFilters>(key: K) =>
    (value: PlanFilters[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(draft);
  }

  const priorityOptions = [
    { value: '', label: 'All priorities' },
    ...[...priorities]
      .sort((a, b) => a.number - b.number)
      .map((p) => ({ value: String(p.id), label: `${p.number}. ${p.title}` })),
  ];

  const findingOptions = [
    { value: '', label: 'Any finding' },
    ...paragraphsCited(findings).map((f) => ({
      value: String(f.paragraph),
      label: `${f.label}${f.summary ? ` – ${shorten(f.summary, 50)}` : ''}`,
    })),
  ];
  // A paragraph from a link is kept even before (or without) the list of findings.
  if (draft.finding && !findingOptions.some((o) => o.value === draft.finding)) {
    findingOptions.push({ value: draft.finding, label: `para ${draft.finding}` });
  }

  return (
    <form method="get" onSubmit={submit} noValidate aria-label="Filter the actions">
      <div className="app-filters">
        <Select
          name="priority"
          label="Priority"
          value={draft.priority}
          onChange={set('priority')}
          options={priorityOptions}
        />
        <Select
          name="rag"
          label="RAG status"
          value={draft.rag}
          onChange={set('rag')}
          options={RAG_FILTERS}
        />
        <TextField
          name="lead"
          label="Lead"
          value={draft.lead}
          onChange={set('lead')}
          width="govuk-input--width-10"
        />
        <Select
          name="finding"
          label="Inspection finding"
          value={draft.finding}
          onChange={set('finding')}
          options={findingOptions}
        />
        <TextField
          name="q"
          label="Search"
          value={draft.q}
          onChange={set('q')}
          width="govuk-input--width-20"
          type="search"
        />
        <div className="govuk-form-group">
          <div className="govuk-checkboxes govuk-checkboxes--small">
            <ChoiceItem
              kind="checkboxes"
              id={fieldId('overdue')}
              name="overdue"
              value="true"
              label="Overdue only"
              checked={draft.overdue}
              onChange={set('overdue')}
            />
          </div>
        </div>
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          Apply filters
        </button>
        <Link className="govuk-link" to={{ search: '' }}>
          Clear filters
        </Link>
      </div>
    </form>
  );
}
