import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Radios } from '@/components/choice-fields';
import { ErrorSummary, type FieldErrors } from '@/components/error-summary';
import { TextField } from '@/components/form-fields';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { Schemas } from '@/lib/api-client';
import { useUpdateUser } from '../api/update-user';
import type { Role } from '../utils/labels';
import { OrganisationAndRole } from './user-fields';
import { UserStatusTag } from './users-table';

/** Changes one user's account; only the fields changed are sent (a JSON merge patch). */
export function EditUserForm({
  user,
  organisations,
  onSaved,
}: {
  user: Schemas['UserResponse'];
  organisations: Schemas['OrganisationSummary'][];
  onSaved: (notice: { heading: string; text?: string }) => void;
}) {
  const updateUser = useUpdateUser();
  const heading = useRef<HTMLHeadingElement>(null);
  const [displayName, setDisplayName] = useState(user.displayName);
  const [organisationId, setOrganisationId] = useState(String(user.organisation.id));
  const [role, setRole] = useState<Role | ''>(user.role);
  const [enabled, setEnabled] = useState(user.enabled ? 'yes' : 'no');
  const [password, setPassword] = useState('');
  const { errors, message, check, showError, showMessage } = useFormErrors();

  useEffect(() => heading.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!displayName.trim()) missing.displayName = 'Enter the person’s name';
    if (!organisationId) missing.organisationId = 'Choose an organisation';
    if (!role) missing.role = 'Choose a role';
    if (!check(missing) || !role) return;

    const changes: Schemas['UpdateUserRequest'] = {};
    if (displayName.trim() !== user.displayName) changes.displayName = displayName.trim();
    if (Number(organisationId) !== user.organisation.id) {
      changes.organisationId = Number(organisationId);
    }
    if (role !== user.role) changes.role = role;
    if ((enabled === 'yes') !== user.enabled) changes.enabled = enabled === 'yes';
    if (password) changes.password = password;
    if (Object.keys(changes).length === 0) {
      showMessage('You have not changed anything.');
      return;
    }

    updateUser.mutate(
      { id: user.id, changes },
      {
        onSuccess: (saved) =>
          onSaved({
            heading: `Changes to ${saved.username} saved`,
            text:
              changes.enabled === false
                ? 'The account is disabled: its sessions and API tokens have ended.'
                : changes.password
                  ? 'The new password is set: they have been signed out everywhere.'
                  : undefined,
          }),
        onError: (error) => showError(error),
      },
    );
  }

  return (
    <>
      <h2 className="govuk-heading-m" tabIndex={-1} ref={heading}>
        Change user {user.username}
      </h2>
      <p className="govuk-body">
        Currently {user.displayName}, <UserStatusTag enabled={user.enabled} />
      </p>
      <form onSubmit={submit} noValidate className="govuk-!-width-two-thirds">
        <ErrorSummary errors={errors} description={message} />
        <TextField
          name="displayName"
          label="Full name"
          value={displayName}
          onChange={setDisplayName}
          error={errors.displayName}
          autoComplete="off"
        />
        <OrganisationAndRole
          organisations={organisations}
          organisationId={organisationId}
          role={role}
          onChange={(value) => {
            setOrganisationId(value.organisationId);
            setRole(value.role);
          }}
          errors={errors}
        />
        <Radios
          name="enabled"
          legend="Account"
          value={enabled}
          onChange={setEnabled}
          error={errors.enabled}
          options={[
            { value: 'yes', label: 'Enabled', hint: 'They can sign in.' },
            {
              value: 'no',
              label: 'Disabled',
              hint: 'They cannot sign in; their sessions and API tokens end at once.',
            },
          ]}
        />
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Setting a new password signs the user out everywhere.
          </strong>
        </div>
        <TextField
          name="password"
          label="New password (optional)"
          type="password"
          hint="At least 12 characters. Leave blank to keep the current password."
          value={password}
          onChange={setPassword}
          error={errors.password}
          width="govuk-input--width-20"
          autoComplete="new-password"
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={updateUser.isPending}>
            Save changes
          </button>
          <Link className="govuk-link" to="?tab=users">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
}
