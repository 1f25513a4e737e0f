import { useState, type FormEvent } from 'react';
import { ErrorSummary, type FieldErrors } from '@/components/error-summary';
import { TextField } from '@/components/form-fields';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { Schemas } from '@/lib/api-client';
import { useCreateUser } from '../api/create-user';
import type { Role } from '../utils/labels';
import { OrganisationAndRole } from './user-fields';

const EMPTY = {
  username: '',
  displayName: '',
  organisationId: '',
  role: '' as Role | '',
  password: '',
};

export function AddUserForm({
  organisations,
  onAdded,
}: {
  organisations: Schemas['OrganisationSummary'][];
  onAdded: (user: Schemas['UserResponse']) => void;
}) {
  const createUser = useCreateUser();
  const [form, setForm] = useState(EMPTY);
  const { errors, message, check, showError } = useFormErrors();

  function set<K extends keyof typeof EMPTY>(field: K, value: (typeof EMPTY)[K]) {
    setForm((f) => ({ ...f, [field]: value }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!form.username.trim()) missing.username = 'Enter a username';
    if (!form.displayName.trim()) missing.displayName = 'Enter the person’s name';
    if (!form.organisationId) missing.organisationId = 'Choose an organisation';
    if (!form.role) missing.role = 'Choose a role';
    if (!form.password) missing.password = 'Enter a password';
    if (!check(missing) || !form.role) return;
    createUser.mutate(
      {
        username: form.username.trim(),
        displayName: form.displayName.trim(),
        organisationId: Number(form.organisationId),
        role: form.role,
        password: form.password,
      },
      {
        onSuccess: (user) => {
          setForm(EMPTY);
          onAdded(user);
        },
        onError: (error) => showError(error),
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="govuk-!-width-two-thirds">
      <ErrorSummary errors={errors} description={message} />
      <TextField
        name="username"
        label="Username"
        hint="What they sign in with: 3 to 50 letters, digits, dots, dashes or underscores."
        value={form.username}
        onChange={(v) => set('username', v)}
        error={errors.username}
        width="govuk-input--width-20"
        autoComplete="off"
      />
      <TextField
        name="displayName"
        label="Full name"
        value={form.displayName}
        onChange={(v) => set('displayName', v)}
        error={errors.displayName}
        autoComplete="off"
      />
      <OrganisationAndRole
        organisations={organisations}
        organisationId={form.organisationId}
        role={form.role}
        onChange={(value) => setForm((f) => ({ ...f, ...value }))}
        errors={errors}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        hint="At least 12 characters. Give it to the person securely; they can sign in with it at once."
        value={form.password}
        onChange={(v) => set('password', v)}
        error={errors.password}
        width="govuk-input--width-20"
        autoComplete="new-password"
      />
      <button type="submit" className="govuk-button" disabled={createUser.isPending}>
        Add user
      </button>
    </form>
  );
}
