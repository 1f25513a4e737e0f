import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { markGovukFrontendSupported } from '@/lib/govuk-frontend';
import { server } from './server';

// findBy… waits for the page to settle; a busy CI machine can take longer than the default second.
configure({ asyncUtilTimeout: 5000 });

// As the app does on start, so that GOV.UK Frontend's scripts run in tests too.
markGovukFrontendSupported();
// jsdom lays nothing out, so it has no scrolling; GOV.UK Frontend scrolls labels into view.
Element.prototype.scrollIntoView = () => {};

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  document.cookie = 'tracker_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});
afterAll(() => server.close());
