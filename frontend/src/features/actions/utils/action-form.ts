import type { FieldErrors } from '@/components/error-summary';
import type { Schemas } from '@/lib/api-client';
import { formatDate } from '@/lib/format';

type Action = Schemas['ActionResponse'];

/** The edit form's values, as the inputs hold them. */
export type ActionFormValues = {
  priorityId: string;
  ref: string;
  desiredOutcome: string;
  action: string;
  /** One lead per line. */
  leads: string;
  /** YYYY-MM-DD, or empty when the plan gives no date. */
  dueDate: string;
  dueWording: string;
  impact: string;
  measure: string;
  findingIds: string[];
  partnerOrganisationIds: string[];
  indicatorIds: string[];
};

export type ActionFormField = keyof ActionFormValues;

const ids = (items: { id: number }[]) => items.map((item) => String(item.id)).sort();

export function formFromAction(action: Action): ActionFormValues {
  return {
    priorityId: String(action.priorityId),
    ref: action.ref,
    desiredOutcome: action.desiredOutcome,
    action: action.action,
    leads: action.leads.join('\n'),
    dueDate: action.dueDate ?? '',
    dueWording: action.dueWording,
    impact: action.impact,
    measure: action.measure,
    findingIds: ids(action.findings),
    partnerOrganisationIds: ids(action.partners),
    indicatorIds: ids(action.indicators),
  };
}

/** The PUT body. An empty due date is left out: PUT replaces, so the action then has no date. */
export function requestFromForm(values: ActionFormValues): Schemas['ActionRequest'] {
  return {
    priorityId: Number(values.priorityId),
    ref: values.ref.trim(),
    desiredOutcome: values.desiredOutcome,
    action: values.action,
    leads: values.leads
      .split('\n')
      .map((lead) => lead.trim())
      .filter(Boolean),
    ...(values.dueDate ? { dueDate: values.dueDate } : {}),
    dueWording: values.dueWording,
    impact: values.impact,
    measure: values.measure,
    findingIds: values.findingIds.map(Number),
    partnerOrganisationIds: values.partnerOrganisationIds.map(Number),
    indicatorIds: values.indicatorIds.map(Number),
  };
}

/** What the form checks before asking the API (which checks everything again). */
export function checkForm(values: ActionFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.priorityId) errors.priorityId = 'Select the priority';
  if (!values.ref.trim()) errors.ref = 'Enter the reference, for example 2.6';
  else if (!/^\d{1,3}\.\d{1,3}$/.test(values.ref.trim()))
    errors.ref = 'Enter a reference such as 2.6';
  if (!values.action.trim()) errors.action = 'Enter the action';
  return errors;
}

/**
 * The API names errors of list items by index ("leads[1]", "findingIds[0]"); the form shows them
 * beside the list's own field, so that the error summary links reach it.
 */
export function groupFieldErrors(errors: FieldErrors): FieldErrors {
  const grouped: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    const item = /^(\w+)\[(\d+)\]$/.exec(field);
    const key = item ? item[1] : field;
    const text = item && key === 'leads' ? `Line ${Number(item[2]) + 1}: ${message}` : message;
    grouped[key] = grouped[key] ? `${grouped[key]}; ${text}` : text;
  }
  return grouped;
}

/** The editable fields, with how the page names and shows them. */
export const EDITABLE_FIELDS: {
  field: ActionFormField;
  label: string;
  show: (action: Action) => string;
}[] = [
  { field: 'priorityId', label: 'Priority', show: (a) => `Priority ${a.priorityNumber}` },
  { field: 'ref', label: 'Reference', show: (a) => a.ref },
  { field: 'desiredOutcome', label: 'Desired outcome', show: (a) => a.desiredOutcome },
  { field: 'action', label: 'Action', show: (a) => a.action },
  { field: 'leads', label: 'Leads', show: (a) => a.leads.join('\n') },
  { field: 'dueDate', label: 'Due date', show: (a) => formatDate(a.dueDate) || 'No date' },
  { field: 'dueWording', label: 'Due (as the plan words it)', show: (a) => a.dueWording },
  { field: 'impact', label: 'Impact', show: (a) => a.impact },
  { field: 'measure', label: 'How it is measured', show: (a) => a.measure },
  {
    field: 'partnerOrganisationIds',
    label: 'Partners co-leading',
    show: (a) => a.partners.map((p) => p.name).join(', '),
  },
  {
    field: 'findingIds',
    label: 'Findings cited',
    show: (a) => a.findings.map((f) => f.label).join(', '),
  },
  {
    field: 'indicatorIds',
    label: 'Indicators',
    show: (a) => a.indicators.map((i) => `${i.number}. ${i.name}`).join(', '),
  },
];

function same(a: string | string[], b: string | string[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The editable fields whose values differ between two versions of an action. */
export function changedFields(before: Action, after: Action) {
  const a = formFromAction(before);
  const b = formFromAction(after);
  return EDITABLE_FIELDS.filter(({ field }) => !same(a[field], b[field]));
}

/** Today as YYYY-MM-DD, in the user's time zone. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
