import { Link } from 'react-router';
import type { Schemas } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { ROLE_NAMES } from '@/lib/permissions';

export function UserStatusTag({ enabled }: { enabled: boolean | undefined }) {
  return enabled ? (
    <strong className="govuk-tag govuk-tag--green">Enabled</strong>
  ) : (
    <strong className="govuk-tag govuk-tag--grey">Disabled</strong>
  );
}

export function UsersTable({ users }: { users: Schemas['UserResponse'][] }) {
  if (users.length === 0) {
    return <p className="govuk-body">There are no users yet.</p>;
  }
  return (
    <div className="app-table-scroll">
      <table className="govuk-table app-table--compact">
        <caption className="govuk-table__caption govuk-table__caption--s">
          {users.length === 1 ? '1 user' : `${users.length} users`}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Username
            </th>
            <th scope="col" className="govuk-table__header">
              Name
            </th>
            <th scope="col" className="govuk-table__header">
              Organisation
            </th>
            <th scope="col" className="govuk-table__header">
              Role
            </th>
            <th scope="col" className="govuk-table__header">
              Status
            </th>
            <th scope="col" className="govuk-table__header">
              Last sign-in
            </th>
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {users.map((user) => (
            <tr key={user.id} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">
                {user.username}
              </th>
              <td className="govuk-table__cell">{user.displayName}</td>
              <td className="govuk-table__cell">{user.organisation?.name}</td>
              <td className="govuk-table__cell">{user.role ? ROLE_NAMES[user.role] : ''}</td>
              <td className="govuk-table__cell">
                <UserStatusTag enabled={user.enabled} />
              </td>
              <td className="govuk-table__cell">
                {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : 'Never'}
              </td>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`?tab=users&user=${user.id}`}>
                  Edit<span className="govuk-visually-hidden"> {user.username}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
