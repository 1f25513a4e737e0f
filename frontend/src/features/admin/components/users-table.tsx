import { Link } from 'react-router';
import { DataTable } from '@/components/data-table';
import type { Schemas } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { ROLE_NAMES } from '@/lib/permissions';

export function UserStatusTag({ enabled }: { enabled: boolean }) {
  return enabled ? (
    <strong className="govuk-tag govuk-tag--green">Enabled</strong>
  ) : (
    <strong className="govuk-tag govuk-tag--grey">Disabled</strong>
  );
}

export function UsersTable({ users }: { users: Schemas['UserResponse'][] }) {
  return (
    <DataTable
      caption={users.length === 1 ? '1 user' : `${users.length} users`}
      captionSize="s"
      columns={[
        { header: 'Username', rowHeader: true, cell: (user) => user.username },
        { header: 'Name', cell: (user) => user.displayName },
        { header: 'Organisation', cell: (user) => user.organisation.name },
        { header: 'Role', cell: (user) => ROLE_NAMES[user.role] },
        { header: 'Status', cell: (user) => <UserStatusTag enabled={user.enabled} /> },
        {
          header: 'Last sign-in',
          cell: (user) => (user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'Never'),
        },
        {
          header: <span className="govuk-visually-hidden">Actions</span>,
          key: 'actions',
          cell: (user) => (
            <Link className="govuk-link" to={`?tab=users&user=${user.id}`}>
              Edit<span className="govuk-visually-hidden"> {user.username}</span>
            </Link>
          ),
        },
      ]}
      rows={users}
      rowKey={(user) => user.id}
      empty="There are no users yet."
      scroll
    />
  );
}
