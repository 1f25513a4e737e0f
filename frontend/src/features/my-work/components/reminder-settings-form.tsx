import { useState } from 'react';
import { ErrorSummary } from '@/components/error-summary';
import { TextArea, TextField } from '@/components/form-fields';
import { SuccessBanner } from '@/components/success-banner';
import { useFormErrors } from '@/hooks/use-form-errors';
import type { Schemas } from '@/lib/api-client';
import { useChangeReminderSettings } from '../api/reminder-settings';

/**
 * The lead roles a person holds (plan leads are roles, such as "HOS Front Door", not people) and
 * where their weekly digest goes. One role per line.
 */
export function ReminderSettingsForm({ settings }: { settings: Schemas['SettingsResponse'] }) {
  const [roles, setRoles] = useState(settings.leadRoles.join('\n'));
  const [email, setEmail] = useState(settings.email ?? '');
  const change = useChangeReminderSettings();
  const { errors, message, showError, clear } = useFormErrors();
  const roleErrors = Object.entries(errors)
    .filter(([field]) => field.startsWith('leadRoles'))
    .map(([, text]) => text);
  return (
    <section aria-labelledby="settings-heading">
      <h2 className="govuk-heading-m" id="settings-heading">
        Your roles and reminders
      </h2>
      {change.isSuccess && <SuccessBanner heading="Your settings were saved" />}
      <ErrorSummary errors={errors} description={message} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          change.mutate(
            {
              leadRoles: roles
                .split('\n')
                .map((r) => r.trim())
                .filter((r) => r !== ''),
              email: email.trim() === '' ? null : email.trim(),
            },
            { onSuccess: clear, onError: (error) => showError(error) },
          );
        }}
      >
        <TextArea
          name="leadRoles"
          label="Lead roles you hold"
          hint="One per line, as the plan names them, for example HOS Front Door"
          rows={3}
          value={roles}
          onChange={setRoles}
          error={roleErrors.length > 0 ? roleErrors.join('; ') : undefined}
        />
        <TextField
          name="email"
          label="E-mail for the weekly digest (optional)"
          type="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={errors.email}
        />
        <button type="submit" className="govuk-button" disabled={change.isPending}>
          Save settings
        </button>
      </form>
    </section>
  );
}
