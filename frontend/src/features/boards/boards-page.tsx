import { Link } from 'react-router';
import { DataTable } from '@/components/data-table';
import { Page } from '@/components/page';
import { QueryState } from '@/components/query-state';
import { formatDate } from '@/lib/format';
import { useBoards } from './api/get-boards';
import { CADENCE } from './components/cadence';

/** The boards that hold the plan to account, each with its next meeting. */
export default function BoardsPage() {
  const boards = useBoards();
  return (
    <Page title="Boards">
      <p className="govuk-body">
        The boards the plan reports to, how often they meet, and the priorities each oversees.
      </p>
      <QueryState isPending={boards.isPending} error={boards.error}>
        {() => (
          <DataTable
            caption="Boards"
            hideCaption
            rows={boards.data!}
            rowKey={(b) => b.id}
            empty="There are no boards yet."
            columns={[
              {
                header: 'Board',
                rowHeader: true,
                cell: (b) => (
                  <Link className="govuk-link" to={`/boards/${b.id}`}>
                    {b.name}
                  </Link>
                ),
              },
              { header: 'Chair', cell: (b) => b.chair },
              { header: 'Meets', cell: (b) => CADENCE[b.cadence] },
              {
                header: 'Priorities',
                cell: (b) =>
                  b.priorities.length === 0
                    ? 'The whole plan'
                    : b.priorities.map((p) => p.number).join(', '),
              },
              {
                header: 'Next meeting',
                cell: (b) =>
                  b.nextMeeting ? (
                    <Link className="govuk-link" to={`/meetings/${b.nextMeeting.id}`}>
                      {formatDate(b.nextMeeting.date)}
                    </Link>
                  ) : (
                    'None planned'
                  ),
              },
            ]}
          />
        )}
      </QueryState>
    </Page>
  );
}
