import { Link } from 'react-router';
import { ActionsTable } from '@/components/actions-table';
import type { Schemas } from '@/lib/api-client';
import { useOverdueActions } from '../api/get-overdue-actions';
import { DashboardSection } from './dashboard-section';

/** Actions past their due date and not implemented. */
export function OverdueActions() {
  const overdue = useOverdueActions();
  return (
    <DashboardSection id="overdue" title="Overdue actions" query={overdue}>
      {(page) => <OverdueTable page={page} />}
    </DashboardSection>
  );
}

function OverdueTable({ page }: { page: Schemas['PageActionResponse'] }) {
  const items = page.items;
  const total = page.totalItems;
  if (total === 0) {
    return <p className="govuk-body">No actions are overdue.</p>;
  }
  return (
    <>
      <p className="govuk-body">
        <strong>
          {total === 1 ? '1 action is' : `${total.toLocaleString('en-GB')} actions are`}
        </strong>{' '}
        past their due date and not implemented.
      </p>
      <ActionsTable actions={items} caption="Overdue actions, the longest overdue first" />
      {total > items.length && (
        <p className="govuk-body">
          <Link className="govuk-link" to="/plan?overdue=true">
            See all {total.toLocaleString('en-GB')} overdue actions in the plan
          </Link>
        </p>
      )}
    </>
  );
}
