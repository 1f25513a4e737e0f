import { Link, useSearchParams } from 'react-router';
import { Page } from '@/components/page';
import { Pagination } from '@/components/pagination';
import { QueryState } from '@/components/query-state';
import type { Schemas } from '@/lib/api-client';
import { useActions } from './api/get-actions';
import { useFindings, usePriorities } from '@/lib/reference-data';
import { PlanFiltersForm } from './components/plan-filters-form';
import { PriorityActions } from './components/priority-actions';
import {
  actionsQueryOf,
  filtersFrom,
  hasFilters,
  pageFrom,
  searchParamsOf,
  type PlanFilters,
} from './utils/plan-filters';

/** The plan: its priorities and their actions, filtered by what the URL says. */
export default function PlanPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFrom(searchParams);
  const page = pageFrom(searchParams);
  const priorities = usePriorities();
  const findings = useFindings();
  const actions = useActions(actionsQueryOf(filters, page));

  function apply(next: PlanFilters) {
    setSearchParams(searchParamsOf(next));
  }

  return (
    <Page title="Improvement plan">
      <PlanFiltersForm
        filters={filters}
        priorities={priorities.data ?? []}
        findings={findings.data ?? []}
        onApply={apply}
      />
      <QueryState isPending={actions.isPending} error={actions.error}>
        {() => (
          <Results
            result={actions.data!}
            priorities={priorities.data ?? []}
            filtered={hasFilters(filters)}
            onPage={(p) => setSearchParams(searchParamsOf(filters, p))}
          />
        )}
      </QueryState>
    </Page>
  );
}

function Results({
  result,
  priorities,
  filtered,
  onPage,
}: {
  result: Schemas['PageActionResponse'];
  priorities: Schemas['PriorityResponse'][];
  filtered: boolean;
  onPage: (page: number) => void;
}) {
  const { items, totalItems: total } = result;
  const count = `${total.toLocaleString('en-GB')} ${total === 1 ? 'action' : 'actions'}`;
  return (
    <>
      <p className="govuk-body govuk-!-font-weight-bold" role="status">
        {filtered ? `${count} ${total === 1 ? 'matches' : 'match'} the filters` : count}
      </p>
      {items.length === 0 ? (
        <p className="govuk-body">
          No actions match the filters.{' '}
          <Link className="govuk-link" to={{ search: '' }}>
            Show all actions
          </Link>
        </p>
      ) : (
        groupByPriority(items, priorities).map(({ key, ...group }) => (
          <PriorityActions key={key} {...group} />
        ))
      )}
      <Pagination page={result.page} totalPages={result.totalPages} onPage={onPage} />
    </>
  );
}

/** Actions under their priorities, in the order of the priorities' numbers. */
function groupByPriority(
  actions: Schemas['ActionResponse'][],
  priorities: Schemas['PriorityResponse'][],
) {
  const groups = new Map<number, Schemas['ActionResponse'][]>();
  for (const action of actions) {
    groups.set(action.priorityId, [...(groups.get(action.priorityId) ?? []), action]);
  }
  return [...groups.entries()]
    .map(([id, rows]) => {
      // The priorities may not have loaded (or failed to): the actions still say their number.
      const priority = priorities.find((p) => p.id === id);
      return {
        key: id,
        number: rows[0].priorityNumber,
        title: priority?.title,
        statement: priority?.statement,
        actions: rows,
      };
    })
    .sort((a, b) => a.number - b.number);
}
