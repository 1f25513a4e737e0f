import { useState } from 'react';
import { DataTable } from '@/components/data-table';
import { ErrorSummary } from '@/components/error-summary';
import { TextArea, TextField } from '@/components/form-fields';
import { QueryState } from '@/components/query-state';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { Schemas } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useCloseActionArising } from '../api/close-action-arising';
import { useActionsArising } from '../api/get-actions-arising';
import { useRaiseActionArising } from '../api/raise-action-arising';

const STATUS = { OPEN: 'Open', DONE: 'Done', DROPPED: 'Dropped' } as const;

/** The actions arising this meeting deals with, and (for editors) a form to record one. */
export function ActionsArising({ meetingId, canEdit }: { meetingId: number; canEdit: boolean }) {
  const items = useActionsArising(meetingId);
  const close = useCloseActionArising(meetingId);
  const { errors, message, showError, clear } = useFormErrors();
  return (
    <section className="app-report-section" aria-labelledby="arising-heading">
      <h2 className="govuk-heading-m" id="arising-heading">
        Actions arising
      </h2>
      <ErrorSummary errors={errors} description={message} />
      <QueryState isPending={items.isPending} error={items.error}>
        {() => (
          <DataTable
            labelledBy="arising-heading"
            rows={items.data!}
            rowKey={(i) => i.id}
            empty="No actions arising."
            columns={[
              { header: 'Action', rowHeader: true, cell: (i) => i.text },
              { header: 'Owner', cell: (i) => i.owner },
              { header: 'Raised', cell: (i) => formatDate(i.raisedOn) },
              { header: 'Due', cell: (i) => formatDate(i.dueDate) },
              { header: 'Status', cell: (i) => (i.overdue ? 'Overdue' : STATUS[i.status]) },
              ...(canEdit
                ? [
                    {
                      header: 'Change',
                      cell: (i: Schemas['ActionArisingResponse']) =>
                        i.status === 'OPEN' ? (
                          <div className="govuk-button-group">
                            {(['DONE', 'DROPPED'] as const).map((status) => (
                              <button
                                key={status}
                                type="button"
                                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                                disabled={close.isPending}
                                aria-label={`Mark “${i.text}” ${STATUS[status].toLowerCase()}`}
                                onClick={() =>
                                  close.mutate(
                                    { item: i, status },
                                    { onSuccess: clear, onError: (error) => showError(error) },
                                  )
                                }
                              >
                                {status === 'DONE' ? 'Done' : 'Drop'}
                              </button>
                            ))}
                          </div>
                        ) : (
                          `${STATUS[i.status]} ${formatDate(i.closedOn)}`
                        ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryState>
      {canEdit && <RaiseForm meetingId={meetingId} />}
    </section>
  );
}

function RaiseForm({ meetingId }: { meetingId: number }) {
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const raise = useRaiseActionArising(meetingId);
  const { errors, message, check, showError, clear } = useFormErrors();
  return (
    <form
      noValidate
      aria-label="Record an action arising"
      onSubmit={(e) => {
        e.preventDefault();
        const found: Record<string, string> = {};
        if (!text.trim()) found.text = 'Say what is to be done';
        if (!owner.trim()) found.owner = 'Name the owner';
        if (!check(found)) return;
        raise.mutate(
          { text, owner, dueDate: dueDate || null },
          {
            onSuccess: () => {
              clear();
              setText('');
              setOwner('');
              setDueDate('');
            },
            onError: (error) => showError(error),
          },
        );
      }}
    >
      <ErrorSummary errors={errors} description={message} />
      <TextArea
        name="text"
        label="Action arising"
        rows={2}
        value={text}
        onChange={setText}
        error={errors.text}
      />
      <TextField
        name="owner"
        label="Owner"
        value={owner}
        onChange={setOwner}
        error={errors.owner}
      />
      <TextField
        name="dueDate"
        label="Due"
        type="date"
        value={dueDate}
        onChange={setDueDate}
        error={errors.dueDate}
      />
      <button
        type="submit"
        className="govuk-button govuk-button--secondary"
        disabled={raise.isPending}
      >
        Record action arising
      </button>
    </form>
  );
}
