// Every page, as an administrator sees it (the most controls), checked with axe once its content
// has loaded: no serious or critical WCAG 2.2 AA violation. Nothing is changed.
import { after, before, test } from 'node:test';
import {
  actionIdByRef,
  assertAccessible,
  indicatorIdByNumber,
  launch,
  openAs,
  waitUntilLoaded,
} from '../support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/**
 * Each page: where it is (a function of the signed-in page, for ids), its h1, and what shows
 * that its main content is there.
 */
const PAGES = [
  {
    name: 'the Dashboard',
    path: () => '/',
    heading: 'Dashboard',
    ready: async (page) => {
      await page
        .getByRole('img', { name: /^Stacked bar chart/ })
        .locator('svg')
        .first()
        .waitFor();
      await page.getByRole('heading', { name: 'Overdue actions' }).waitFor();
      await page.getByRole('heading', { name: 'Recent changes' }).waitFor();
    },
  },
  {
    name: 'the plan',
    path: () => '/plan',
    heading: 'Improvement plan',
    ready: (page) =>
      page
        .getByRole('status')
        .getByText(/^\d+ actions$/)
        .waitFor(),
  },
  {
    name: 'the plan filtered to overdue actions',
    path: () => '/plan?overdue=true',
    heading: 'Improvement plan',
    ready: (page) =>
      page
        .getByRole('status')
        .getByText(/match the filters$/)
        .waitFor(),
  },
  {
    name: 'an action',
    path: async (page) => `/actions/${await actionIdByRef(page, '1.1')}`,
    heading: 'Action 1.1',
    ready: async (page) => {
      await page.getByRole('button', { name: 'Edit action' }).waitFor();
      await page.getByRole('heading', { name: 'Change the RAG status' }).waitFor();
      await page.getByRole('heading', { name: 'Add a progress update' }).waitFor();
    },
  },
  {
    name: 'the findings',
    path: () => '/findings',
    heading: 'Inspection findings',
    ready: (page) => page.getByRole('heading', { level: 2 }).first().waitFor(),
  },
  {
    name: 'the scorecard',
    path: () => '/scorecard',
    heading: 'Scorecard',
    ready: (page) => page.getByRole('main').getByRole('table').first().waitFor(),
  },
  {
    name: 'an indicator',
    path: async (page) => `/indicators/${await indicatorIdByNumber(page, 1)}`,
    heading: /^1\. Number of Early Help/,
    ready: async (page) => {
      await page
        .getByRole('img', { name: /^Line chart/ })
        .locator('svg')
        .first()
        .waitFor();
      await page.getByRole('region', { name: 'Monthly figures table' }).waitFor();
      await page.getByRole('heading', { name: 'Enter or correct a figure' }).waitFor();
    },
  },
  {
    name: 'a derived indicator',
    path: async (page) => `/indicators/${await indicatorIdByNumber(page, 59)}`,
    heading: /^59\. Percentage of Social Workers/,
    ready: async (page) => {
      await page.getByRole('heading', { name: 'How the figures are computed' }).waitFor();
      await page
        .getByRole('table', { name: 'Figures with their numerators, denominators and records' })
        .waitFor();
    },
  },
  {
    name: 'the case audits',
    path: () => '/audits',
    heading: 'Case audits',
    ready: async (page) => {
      await page.getByRole('table', { name: /^Audits \(/ }).waitFor();
      await page.getByRole('heading', { name: 'Record an audit' }).waitFor();
    },
  },
  {
    name: 'the workforce',
    path: () => '/workforce?month=2023-03',
    heading: 'Workforce and caseloads',
    ready: async (page) => {
      await page.getByRole('table', { name: /^Caseloads and supervision at the end of/ }).waitFor();
      await page
        .getByRole('img', { name: /^Bar chart of/ })
        .first()
        .locator('svg')
        .first()
        .waitFor();
      await page
        .getByRole('img', { name: /^Line chart/ })
        .first()
        .locator('svg')
        .first()
        .waitFor();
    },
  },
  {
    name: 'the API tokens',
    path: () => '/tokens',
    heading: 'API tokens',
    ready: async (page) => {
      await page.getByRole('button', { name: 'Create token' }).waitFor();
      const tokens = page.getByRole('table', { name: 'Your API tokens' });
      await tokens.or(page.getByText('You have no API tokens.')).first().waitFor();
    },
  },
  {
    name: 'the monthly figures',
    path: () => '/month-entry?month=2023-04',
    heading: 'Monthly figures',
    ready: async (page) => {
      await page.getByRole('heading', { name: 'Figures for Apr 2023' }).waitFor();
      await page.getByRole('table', { name: 'Quality Assurance and Audit (auditing)' }).waitFor();
    },
  },
  {
    name: 'the uploads',
    path: () => '/uploads',
    heading: 'Uploads',
    ready: async (page) => {
      await page.getByLabel('File', { exact: true }).waitFor();
      const history = page.getByRole('table', { name: 'Uploads applied' });
      await history.or(page.getByText('No uploads have been applied.')).first().waitFor();
    },
  },
  {
    name: 'the users (Admin)',
    path: () => '/admin',
    heading: 'Administration',
    ready: async (page) => {
      await page.getByRole('tab', { name: 'Users', selected: true }).waitFor();
      await page.getByRole('tabpanel').getByRole('table').first().waitFor();
    },
  },
  {
    name: 'the organisations (Admin)',
    path: () => '/admin?tab=organisations',
    heading: 'Administration',
    ready: async (page) => {
      await page.getByRole('tab', { name: 'Organisations', selected: true }).waitFor();
      await page.getByRole('tabpanel').getByRole('table').first().waitFor();
    },
  },
  {
    name: 'the audit log (Admin)',
    path: () => '/admin?tab=audit',
    heading: 'Administration',
    ready: async (page) => {
      await page.getByRole('tab', { name: 'Audit log', selected: true }).waitFor();
      const panel = page.getByRole('tabpanel');
      await panel.getByRole('table').or(panel.getByText('No events match')).first().waitFor();
    },
  },
];

for (const { name, path, heading, ready } of PAGES) {
  test(`${name} has no serious accessibility violation`, async () => {
    const page = await openAs(browser, 'admin');
    await page.goto(await path(page));
    await waitUntilLoaded(page, heading);
    await ready(page);
    await assertAccessible(page, name);
    await page.context().close();
  });
}

test("an action's edit form has no serious accessibility violation", async () => {
  const page = await openAs(browser, 'admin');
  await page.goto(`/actions/${await actionIdByRef(page, '1.1')}`);
  await waitUntilLoaded(page, 'Action 1.1');
  await page.getByRole('button', { name: 'Edit action' }).click();
  const form = page.getByRole('region', { name: 'Edit action' });
  await form.getByRole('heading', { name: 'Edit action' }).waitFor();
  // The partners, findings and indicators to choose from are loaded.
  await form.getByRole('group', { name: 'Partners co-leading' }).waitFor();
  await form.getByRole('group', { name: 'Findings cited' }).waitFor();
  await form.getByRole('group', { name: 'Indicators' }).waitFor();
  await assertAccessible(page, 'the edit form of an action');
  await page.context().close();
});

test('the sign-in page, with its error summary, has no serious accessibility violation', async () => {
  const page = await openAs(browser);
  await page.goto('/');
  await waitUntilLoaded(page, 'Sign in');
  await assertAccessible(page, 'the sign-in page');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('There is a problem').waitFor();
  await assertAccessible(page, 'the sign-in page with errors');
  await page.context().close();
});
