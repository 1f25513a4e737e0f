import { FLAG_NAMES } from '../utils/indicator-text';

/** An indicator's flags (NEW, R12M) as small grey tags, each with its meaning on hover. */
export function FlagTags({ flags }: { flags: string[] }) {
  if (flags.length === 0) return null;
  return (
    <>
      {flags.map((flag) => (
        <span key={flag}>
          {' '}
          <strong className="govuk-tag govuk-tag--grey app-tag--small" title={FLAG_NAMES[flag]}>
            {flag}
          </strong>
        </span>
      ))}
    </>
  );
}
