import type { ReactNode, Ref } from 'react';

/**
 * A button that sends something that takes a while (a file, a month's figures): disabled while
 * it is being sent, so that it is not sent twice. A submit button when it has no `onClick`.
 */
export function SendButton({
  secondary,
  sending,
  onClick,
  buttonRef,
  children,
}: {
  secondary?: boolean;
  sending: boolean;
  onClick?: () => Promise<void>;
  buttonRef?: Ref<HTMLButtonElement>;
  children: ReactNode;
}) {
  return (
    <button
      ref={buttonRef}
      type={onClick ? 'button' : 'submit'}
      className={`govuk-button${secondary ? ' govuk-button--secondary' : ''}`}
      data-module="govuk-button"
      disabled={sending}
      aria-disabled={sending}
      onClick={onClick && (() => void onClick())}
    >
      {children}
    </button>
  );
}
