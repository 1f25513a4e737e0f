import { useEffect, useRef, useState } from 'react';
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
      <div className="app-table-scroll">
        <table className="govuk-table app-table--compact">
          <caption className="govuk-visually-hidden">Your API tokens</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Name
              </th>
              <th scope="col" className="govuk-table__header">
                Starts with
              </th>
              <th scope="col" className="govuk-table__header">
                Scopes
              </th>
              <th scope="col" className="govuk-table__header">
                Created
              </th>
              <th scope="col" className="govuk-table__header">
                Expires
              </th>
              <th scope="col" className="govuk-table__header">
                Last used
              </th>
              <th scope="col" className="govuk-table__header">
                Status
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {tokens.map((token) => {
              const status = tokenStatus(token);
              return (
                <tr key={token.id} className="govuk-table__row">
                  <th scope="row" className="govuk-table__header">
                    {token.name}
                  </th>
                  <td className="govuk-table__cell">
                    <code>{token.prefix}…</code>
                  </td>
                  <td className="govuk-table__cell">
                    <ul className="govuk-list govuk-!-font-size-16 govuk-!-margin-bottom-0">
                      {(token.scopes ?? []).map((scope) => (
                        <li key={scope}>
                          <code>{scope}</code>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="govuk-table__cell">{formatDate(token.createdAt)}</td>
                  <td className="govuk-table__cell">{formatDate(token.expiresAt)}</td>
                  <td className="govuk-table__cell">
                    {token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Never used'}
                  </td>
                  <td className="govuk-table__cell">
                    <TokenStatusTag status={status} />
                  </td>
                  <td className="govuk-table__cell">
                    {status === 'Active' &&
                      (confirming === token.id ? (
                        <ConfirmRevoke
                          token={token}
                          pending={revoke.isPending}
                          onConfirm={() => {
                            clear();
                            revoke.mutate(token.id!, {
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
                      ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
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
