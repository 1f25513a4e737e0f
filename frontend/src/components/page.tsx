import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';

/** The location the browser loaded first: its page keeps the browser's own focus order. */
let loadedKey: string | undefined;

/**
 * A page's heading and document title. The heading takes focus when the page opens after a link
 * is followed, so that screen reader and keyboard users start at the new page; on the first load
 * the focus stays where the browser puts it, so that the skip link is the first Tab stop.
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
  const { key } = useLocation();
  loadedKey ??= key;
  const openedAt = useRef(key);
  useEffect(() => {
    document.title = `${title} – Improvement Tracker`;
    if (openedAt.current !== loadedKey) heading.current?.focus();
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
