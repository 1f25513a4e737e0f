import { useEffect, useRef, useState } from 'react';
import { DataTable } from '@/components/data-table';
import { ErrorSummary } from '@/components/error-summary';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { Schemas } from '@/lib/api-client';
import { formatDate, formatDateTime } from '@/lib/format';
import { useRevokeToken } from '../api/revoke-token';
import { tokenStatus, TokenStatusTag } from './token-status';

type Token = Schemas['TokenResponse'];

/** The user's tokens; an active one can be revoked after a confirmation step. */
export function TokensTable({
  tokens,
  onRevoked,
}: {
  tokens: Token[];
  onRevoked: (token: Token) => void;
}) {
  const revoke = useRevokeToken();
  const [confirming, setConfirming] = useState<number>();
  const { message, clear, showError } = useFormErrors();

  if (tokens.length === 0) {
    return <p className="govuk-body">You have no API tokens.</p>;
  }

  return (
    <>
      <ErrorSummary description={message} />
      <DataTable
        caption="Your API tokens"
        hideCaption
        columns={[
          { header: 'Name', rowHeader: true, cell: (token) => token.name },
          { header: 'Starts with', cell: (token) => <code>{token.prefix}…</code> },
          {
            header: 'Scopes',
            cell: (token) => (
              <ul className="govuk-list govuk-!-font-size-16 govuk-!-margin-bottom-0">
                {token.scopes.map((scope) => (
                  <li key={scope}>
                    <code>{scope}</code>
                  </li>
                ))}
              </ul>
            ),
          },
          { header: 'Created', cell: (token) => formatDate(token.createdAt) },
          { header: 'Expires', cell: (token) => formatDate(token.expiresAt) },
          {
            header: 'Last used',
            cell: (token) => (token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Never used'),
          },
          { header: 'Status', cell: (token) => <TokenStatusTag status={tokenStatus(token)} /> },
          {
            header: <span className="govuk-visually-hidden">Actions</span>,
            key: 'actions',
            cell: (token) =>
              tokenStatus(token) === 'Active' &&
              (confirming === token.id ? (
                <ConfirmRevoke
                  token={token}
                  pending={revoke.isPending}
                  onConfirm={() => {
                    clear();
                    revoke.mutate(token.id, {
                      onSuccess: () => {
                        setConfirming(undefined);
                        onRevoked(token);
                      },
                      onError: (error) => showError(error),
                    });
                  }}
                  onCancel={() => setConfirming(undefined)}
                />
              ) : (
                <button
                  type="button"
                  className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                  onClick={() => {
                    clear();
                    setConfirming(token.id);
                  }}
                >
                  Revoke<span className="govuk-visually-hidden"> {token.name}</span>
                </button>
              )),
          },
        ]}
        rows={tokens}
        rowKey={(token) => token.id}
        scroll
      />
    </>
  );
}

function ConfirmRevoke({
  token,
  pending,
  onConfirm,
  onCancel,
}: {
  token: Token;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  const questionId = `revoke-question-${token.id}`;
  return (
    <div>
      <p className="govuk-body-s govuk-!-font-weight-bold" id={questionId}>
        Revoke {token.name}? Programs using it stop working at once.
      </p>
      <div className="govuk-button-group govuk-!-margin-bottom-0">
        <button
          type="button"
          ref={confirm}
          className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
          aria-describedby={questionId}
          disabled={pending}
          onClick={onConfirm}
        >
          Yes, revoke<span className="govuk-visually-hidden"> {token.name}</span>
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
          onClick={onCancel}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
