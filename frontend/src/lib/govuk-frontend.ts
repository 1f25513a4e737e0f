import { useCallback } from 'react';

/**
 * Marks the page as one where GOV.UK Frontend's scripts run: its components refuse to start
 * without this class on the body (its page template adds it the same way, from a script).
 */
export function markGovukFrontendSupported(body: HTMLElement = document.body): void {
  body.classList.add('govuk-frontend-supported');
}

/** A GOV.UK Frontend component class, such as ErrorSummary or NotificationBanner. */
type GovukComponent = (new ($root: HTMLElement) => unknown) & { moduleName: string };

/**
 * A ref that starts a GOV.UK Frontend component on its element when React puts it on the page,
 * as GOV.UK's own initAll does for server-rendered pages. Each element is started once, however
 * often React attaches the ref (StrictMode attaches it twice).
 */
export function useGovukComponent(Component: GovukComponent) {
  return useCallback(
    (root: HTMLElement | null) => {
      if (!root || root.hasAttribute(`data-${Component.moduleName}-init`)) return;
      try {
        new Component(root);
      } catch (error) {
        // The script only enhances the markup: the page still works without it.
        console.error(error);
      }
    },
    [Component],
  );
}
