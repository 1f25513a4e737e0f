import type { Schemas } from '@/lib/api-client';
import { formatDate, formatPeriod } from '@/lib/format';
import { ragLabel, type Rag } from './rag-tag';
import { shorten } from './short-text';

type FieldChange = Schemas['FieldChange'];

/** The fields of audited records, as the plan names them. */
const FIELD_NAMES: Record<string, string> = {
  priorityNumber: 'priority',
  ref: 'reference',
  desiredOutcome: 'desired outcome',
  action: 'action',
  leads: 'leads',
  dueDate: 'due date',
  dueWording: 'due (as worded)',
  impact: 'impact',
  measure: 'how it is measured',
  findings: 'findings cited',
  indicators: 'indicators',
  partners: 'partners co-leading',
  archived: 'archived',
  archivedAt: 'archived on',
  rag: 'RAG',
  reason: 'reason',
  evidence: 'evidence',
  value: 'figure',
  numerator: 'numerator',
  denominator: 'denominator',
  status: 'status',
  period: 'month',
  name: 'name',
  target: 'target',
  dataStatus: 'data status',
  summary: 'summary',
};

export function fieldName(field: string): string {
  return FIELD_NAMES[field] ?? field.replace(/([A-Z])/g, ' $1').toLowerCase();
}

const RAGS = new Set(['RED', 'AMBER', 'AMBER_E', 'GREEN']);

/** One value of a field as a reader of the plan says it: dates, RAG and linked records by name. */
export function valueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'none';
  if (typeof value === 'string') {
    if (field === 'rag' || RAGS.has(value)) return ragLabel(value as Rag);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    if (/^\d{4}-\d{2}$/.test(value)) return formatPeriod(value);
    return `“${shorten(value, 80)}”`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    return typeof value === 'boolean' ? (value ? 'yes' : 'no') : value.toLocaleString('en-GB');
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? 'none' : value.map((item) => itemText(field, item)).join(', ');
  }
  return itemText(field, value);
}

/** A linked record (finding, indicator, partner…) by the name it goes by. */
function itemText(field: string, item: unknown): string {
  if (typeof item !== 'object' || item === null) return valueText(field, item);
  const record = item as Record<string, unknown>;
  if (typeof record.label === 'string') return record.label;
  if (typeof record.number === 'number') return `indicator ${record.number}`;
  if (typeof record.name === 'string') return record.name;
  if (typeof record.value === 'number') return record.value.toLocaleString('en-GB');
  return JSON.stringify(item);
}

/** "due date: 31 Mar 2023 → 31 Jan 2027", one line per changed field. */
export function changeLines(changes: FieldChange[]): string[] {
  return changes.map(
    (c) => `${fieldName(c.field)}: ${valueText(c.field, c.from)} → ${valueText(c.field, c.to)}`,
  );
}

/** The changed fields of an audited change as a list, from → to. */
export function FieldChanges({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) return null;
  return (
    <ul className="govuk-list govuk-body-s govuk-!-margin-bottom-0">
      {changeLines(changes).map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}
