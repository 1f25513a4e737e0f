import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * A page's heading and document title. The heading takes focus when the page opens, so that
 * screen reader and keyboard users start at the new page after a link is followed.
 */
export function Page({
  title,
  caption,
  back,
  children,
}: {
  title: string;
  caption?: string;
  back?: { to: string; label: string };
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Improvement Tracker`;
    heading.current?.focus();
  }, [title]);
  return (
    <>
      {back && (
        <Link to={back.to} className="govuk-back-link">
          {back.label}
        </Link>
      )}
      <main className="govuk-main-wrapper" id="main-content">
        {caption && <span className="govuk-caption-l">{caption}</span>}
        <h1 className="govuk-heading-l" tabIndex={-1} ref={heading}>
          {title}
        </h1>
        {children}
      </main>
    </>
  );
}
