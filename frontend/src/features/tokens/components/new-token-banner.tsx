import { useState } from 'react';
import { SuccessBanner } from '@/components/success-banner';
import type { Schemas } from '@/lib/api-client';

/** The new token's secret, shown this once, with a button to copy it. */
export function NewTokenBanner({
  created,
  onDismiss,
}: {
  created: Schemas['CreatedTokenResponse'];
  onDismiss: () => void;
}) {
  const [copy, setCopy] = useState<'copied' | 'failed'>();
  const { secret } = created;

  async function copyToClipboard() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <SuccessBanner heading={`Token ${created.token.name} created`}>
      <p className="govuk-body">Your new token is:</p>
      <p className="govuk-body">
        <code className="app-token-secret" data-testid="token-secret">
          {secret}
        </code>
      </p>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          Copy it now and keep it somewhere safe, such as a password manager: it will not be shown
          again.
        </strong>
      </div>
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => void copyToClipboard()}
        >
          Copy token
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onDismiss}>
          I have copied it
        </button>
      </div>
      <p className="govuk-body" role="status">
        {copy === 'copied'
          ? 'Copied'
          : copy === 'failed'
            ? 'Your browser did not let the page copy the token: select it and copy it yourself.'
            : ''}
      </p>
    </SuccessBanner>
  );
}
