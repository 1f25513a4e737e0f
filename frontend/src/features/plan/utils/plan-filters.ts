import { RAG_NAMES, type RagFilter } from '@/components/rag-tag';
import { isKeyOf, keysOf } from '@/lib/enums';
import type { ActionsQuery } from '../api/get-actions';

/** The plan's filters, as the page's URL keeps them (so that links and reloads keep them). */
export type PlanFilters = {
  priority: string;
  rag: RagFilter | '';
  lead: string;
  overdue: boolean;
  finding: string;
  q: string;
};

export const PAGE_SIZE = 50;

export const RAG_FILTERS: { value: RagFilter | ''; label: string }[] = [
  { value: '', label: 'All' },
  ...keysOf(RAG_NAMES).map((rag) => ({ value: rag, label: RAG_NAMES[rag] })),
];

function whole(text: string | null): string {
  return text && /^\d+$/.test(text.trim()) ? text.trim() : '';
}

export function filtersFrom(params: URLSearchParams): PlanFilters {
  const rag = params.get('rag');
  return {
    priority: whole(params.get('priority')),
    rag: isKeyOf(RAG_NAMES, rag) ? rag : '',
    lead: params.get('lead')?.trim() ?? '',
    overdue: params.get('overdue') === 'true',
    finding: whole(params.get('finding')),
    q: params.get('q')?.trim() ?? '',
  };
}

export function pageFrom(params: URLSearchParams): number {
  const page = Number(whole(params.get('page')));
  return page >= 1 ? page : 1;
}

/** The search params of a set of filters: empty ones are left out. */
export function searchParamsOf(filters: PlanFilters, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.priority) params.set('priority', filters.priority);
  if (filters.rag) params.set('rag', filters.rag);
  if (filters.lead.trim()) params.set('lead', filters.lead.trim());
  if (filters.overdue) params.set('overdue', 'true');
  if (filters.finding) params.set('finding', filters.finding);
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (page > 1) params.set('page', String(page));
  return params;
}

export function hasFilters(filters: PlanFilters): boolean {
  return searchParamsOf(filters).toString() !== '';
}

/** The API's query for the filters: the RAG filter is on the effective RAG. */
export function actionsQueryOf(filters: PlanFilters, page: number): ActionsQuery {
  return {
    priority: filters.priority ? Number(filters.priority) : undefined,
    effectiveRag: filters.rag || undefined,
    lead: filters.lead || undefined,
    overdue: filters.overdue || undefined,
    finding: filters.finding ? Number(filters.finding) : undefined,
    q: filters.q || undefined,
    page,
    size: PAGE_SIZE,
  };
}
