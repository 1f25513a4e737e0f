import { useState, type FormEvent } from 'react';
import { ErrorSummary, type FieldErrors } from '@/components/error-summary';
import { TextField } from '@/components/form-fields';
import { Page } from '@/components/page';
import { useFormErrors } from '@/hooks/use-form-errors';
import { useSignIn, useSignInOptions } from '../api/session';

export function SignInPage() {
  const signIn = useSignIn();
  const options = useSignInOptions();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { errors, message, check, showError } = useFormErrors();

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!username.trim()) missing.username = 'Enter your username';
    if (!password) missing.password = 'Enter your password';
    if (!check(missing)) return;
    signIn.mutate({ username, password }, { onError: (error) => showError(error) });
  }

  return (
    <Page title="Sign in">
      <ErrorSummary errors={errors} description={message} />
      <p className="govuk-body">Sign in to see and update your council&apos;s improvement plan.</p>
      <form onSubmit={submit} noValidate className="govuk-!-width-one-half">
        <TextField
          name="username"
          label="Username"
          value={username}
          onChange={setUsername}
          error={errors.username}
          autoComplete="username"
        />
        <TextField
          name="password"
          label="Password"
          type="password"
          value={password}
          onChange={setPassword}
          error={errors.password}
          autoComplete="current-password"
        />
        <button type="submit" className="govuk-button" disabled={signIn.isPending}>
          Sign in
        </button>
      </form>
      {options.data?.singleSignOn && (
        <>
          <p className="govuk-body">Council staff can also sign in with their work account.</p>
          {/* A full page visit: the identity provider's sign-in happens outside the app. */}
          <a href="/api/v1/session/sso" className="govuk-button govuk-button--secondary">
            Sign in with your council account
          </a>
        </>
      )}
    </Page>
  );
}
