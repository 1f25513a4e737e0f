import { useRef, useState } from 'react';
import { Page } from '@/components/page';
import { QueryState } from '@/components/query-state';
import { SuccessBanner } from '@/components/success-banner';
import type { Schemas } from '@/lib/api-client';
import { useMe } from '@/lib/me';
import { useTokens } from './api/get-tokens';
import { CreateTokenForm } from './components/create-token-form';
import { NewTokenBanner } from './components/new-token-banner';
import { TokensTable } from './components/tokens-table';
import { grantableScopes } from './utils/scopes';

/** Personal API tokens: for scripts and partner systems that use the API on the user's behalf. */
export default function TokensPage() {
  const me = useMe();
  const tokens = useTokens();
  // The secret lives only here: leaving the page or dismissing it forgets it.
  const [created, setCreated] = useState<Schemas['CreatedTokenResponse']>();
  const [revoked, setRevoked] = useState<string>();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const grantable = grantableScopes(me.data);

  return (
    <Page title="API tokens">
      {created && (
        <NewTokenBanner
          key={created.token.id}
          created={created}
          onDismiss={() => {
            setCreated(undefined);
            listHeading.current?.focus();
          }}
        />
      )}
      {revoked && !created && <SuccessBanner key={revoked} heading={`Token ${revoked} revoked`} />}
      <p className="govuk-body">
        An API token lets a script or a partner agency&apos;s system use the Improvement Tracker API
        for you, without your password. The program sends the token with each request, in the header{' '}
        <code>Authorization: Bearer &lt;token&gt;</code>.
      </p>
      <p className="govuk-body">
        A token can only do what you can do, narrowed to the scopes you give it. Revoke a token when
        it is no longer needed, or at once if someone else may have seen it. The{' '}
        <a className="govuk-link" href="/q/swagger-ui">
          API documentation
        </a>{' '}
        describes what programs can ask for.
      </p>

      <h2 className="govuk-heading-m" tabIndex={-1} ref={listHeading}>
        Your tokens
      </h2>
      <QueryState isPending={tokens.isPending} error={tokens.error}>
        {() => (
          <TokensTable
            tokens={tokens.data ?? []}
            onRevoked={(token) => {
              setCreated(undefined);
              setRevoked(token.name);
            }}
          />
        )}
      </QueryState>

      <h2 className="govuk-heading-m govuk-!-margin-top-6">Create a token</h2>
      <QueryState isPending={me.isPending} error={me.error}>
        {() =>
          grantable.length === 0 ? (
            <p className="govuk-body">You cannot create tokens.</p>
          ) : (
            <CreateTokenForm
              key={grantable.join(' ')}
              grantable={grantable}
              onCreated={(result) => {
                setRevoked(undefined);
                setCreated(result);
              }}
            />
          )
        }
      </QueryState>
    </Page>
  );
}
