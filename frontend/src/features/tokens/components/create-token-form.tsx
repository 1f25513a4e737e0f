import { useState, type FormEvent } from 'react';
import { Checkboxes } from '@/components/choice-fields';
import { ErrorSummary, type FieldErrors } from '@/components/error-summary';
import { TextField } from '@/components/form-fields';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { Schemas } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useCreateToken } from '../api/create-token';
import { dayFromToday, endOfDay } from '../utils/dates';
import { SCOPE_DESCRIPTIONS, type Scope } from '../utils/scopes';

/** Creates a token with the scopes the user's role may grant; the secret goes to onCreated. */
export function CreateTokenForm({
  grantable,
  onCreated,
}: {
  grantable: Scope[];
  onCreated: (created: Schemas['CreatedTokenResponse']) => void;
}) {
  const createToken = useCreateToken();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<Scope[]>(grantable.includes('read') ? ['read'] : []);
  const [expiresOn, setExpiresOn] = useState('');
  const { errors, message, check, showError } = useFormErrors();

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!name.trim()) missing.name = 'Enter a name for the token';
    else if (name.trim().length > 100) missing.name = 'Name must be 100 characters or fewer';
    if (scopes.length === 0) missing.scopes = 'Choose at least one scope';
    if (!check(missing)) return;
    createToken.mutate(
      {
        name: name.trim(),
        scopes,
        ...(expiresOn ? { expiresAt: endOfDay(expiresOn) } : {}),
      },
      {
        onSuccess: (created) => {
          setName('');
          setScopes(grantable.includes('read') ? ['read'] : []);
          setExpiresOn('');
          onCreated(created);
        },
        onError: (error) => showError(error),
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate className="govuk-!-width-two-thirds">
      <ErrorSummary errors={errors} description={message} />
      <TextField
        name="name"
        label="Name"
        hint="What the token is for, so that you can tell it apart: for example “Police case system”."
        value={name}
        onChange={setName}
        error={errors.name}
        autoComplete="off"
      />
      <Checkboxes
        name="scopes"
        legend="Scopes"
        hint="What programs using the token may do. Choose only what they need; a token never does more than your role allows."
        values={scopes}
        onChange={setScopes}
        error={errors.scopes}
        small
        options={grantable.map((scope) => ({
          value: scope,
          label: <code>{scope}</code>,
          hint: SCOPE_DESCRIPTIONS[scope],
        }))}
      />
      <TextField
        name="expiresAt"
        label="Expiry date (optional)"
        hint={`The token stops working at the end of this day, at most a year from today. Leave blank for 90 days: until ${formatDate(dayFromToday(90))}.`}
        type="date"
        value={expiresOn}
        onChange={setExpiresOn}
        error={errors.expiresAt}
        width="govuk-input--width-10"
      />
      <button type="submit" className="govuk-button" disabled={createToken.isPending}>
        Create token
      </button>
    </form>
  );
}
