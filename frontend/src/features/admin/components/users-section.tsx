import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { QueryState } from '@/components/query-state';
import { SuccessBanner } from '@/components/success-banner';
import { useOrganisations } from '@/lib/reference-data';
import { useUsers } from '../api/get-users';
import { AddUserForm } from './add-user-form';
import { EditUserForm } from './edit-user-form';
import { UsersTable } from './users-table';

/** The users tab: everyone who can sign in, a form to add one, and (?user=id) one to change one. */
export function UsersSection() {
  const [params, setParams] = useSearchParams();
  const users = useUsers();
  const organisations = useOrganisations();
  const [notice, setNotice] = useState<{ heading: string; text?: string }>();
  const editing = params.get('user');

  if (editing) {
    return (
      <QueryState
        isPending={users.isPending || organisations.isPending}
        error={users.error ?? organisations.error}
      >
        {() => {
          const user = users.data?.find((u) => String(u.id) === editing);
          if (!user) {
            return (
              <div className="govuk-inset-text" role="alert">
                There is no user with this id.
              </div>
            );
          }
          return (
            <EditUserForm
              key={user.id}
              user={user}
              organisations={organisations.data ?? []}
              onSaved={(message) => {
                setNotice(message);
                setParams({ tab: 'users' });
              }}
            />
          );
        }}
      </QueryState>
    );
  }

  return (
    <>
      {notice && (
        <SuccessBanner heading={notice.heading}>
          {notice.text && <p className="govuk-body">{notice.text}</p>}
        </SuccessBanner>
      )}
      <h2 className="govuk-heading-m">Users</h2>
      <QueryState isPending={users.isPending} error={users.error}>
        {() => <UsersTable users={users.data ?? []} />}
      </QueryState>
      <h2 className="govuk-heading-m govuk-!-margin-top-6">Add a user</h2>
      <QueryState isPending={organisations.isPending} error={organisations.error}>
        {() => (
          <AddUserForm
            organisations={organisations.data ?? []}
            onAdded={(user) => setNotice({ heading: `User ${user.username} added` })}
          />
        )}
      </QueryState>
    </>
  );
}
