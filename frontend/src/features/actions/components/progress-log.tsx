import { QueryState } from '@/components/query-state';
import { formatDate, formatDateTime } from '@/lib/format';
import { useProgressUpdates } from '../api/get-progress-updates';

/** The action's evidence of progress, newest first. */
export function ProgressLog({ actionId }: { actionId: number }) {
  const updates = useProgressUpdates(actionId);
  return (
    <QueryState isPending={updates.isPending} error={updates.error}>
      {() =>
        updates.data?.length === 0 ? (
          <p className="govuk-body">No progress has been recorded yet.</p>
        ) : (
          <ul className="govuk-list" aria-label="Progress updates, newest first">
            {updates.data?.map((u) => (
              <li key={u.id} className="govuk-!-margin-bottom-6">
                <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                  {formatDate(u.date)} · {u.author}
                </p>
                <p className="govuk-body app-pre-wrap govuk-!-margin-bottom-1">{u.text}</p>
                <p className="govuk-body-s app-muted">Recorded {formatDateTime(u.recordedAt)}</p>
              </li>
            ))}
          </ul>
        )
      }
    </QueryState>
  );
}
