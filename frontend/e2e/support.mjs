// Shared pieces of the browser journeys: Debian's Chromium driven by playwright-core (no browser
// is ever downloaded), sign-in, and the accessibility check.
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.BASE_URL ?? 'http://localhost:8080';

export const PASSWORDS = {
  admin: 'e2e-admin-password',
  editor: 'editor-password',
  performance: 'performance-password',
  partner: 'partner-password',
  viewer: 'viewer-password',
};

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A fresh browser context (its own cookies) with a page, signed in as `user` when given. */
export async function openAs(browser, user) {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  if (user) {
    await page.goto('/');
    await page.getByLabel('Username').fill(user);
    await page.getByLabel('Password').fill(PASSWORDS[user]);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('signed-in-user').waitFor();
  }
  return page;
}

/** No serious or critical WCAG 2.2 AA violation on the page as it is now. */
export async function assertAccessible(page, what) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const serious = results.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
  assert.deepEqual(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`),
    [],
    `accessibility violations on ${what}`,
  );
}

/** The id of a demo action with this ref (first row when several share it). */
export async function actionIdByRef(page, ref) {
  const response = await page.request.get(`/api/v1/actions?size=500`);
  const body = await response.json();
  return body.items.find((a) => a.ref === ref).id;
}

export async function indicatorIdByNumber(page, number) {
  const response = await page.request.get(`/api/v1/indicators?size=500`);
  const body = await response.json();
  return body.items.find((i) => i.number === number).id;
}

/** Waits until the page's main content has loaded: its h1 is shown and nothing says "Loading". */
export async function waitUntilLoaded(page, heading) {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForFunction(() => {
    const main = document.querySelector('main');
    return main !== null && !/Loading/.test(main.innerText);
  });
}

/** The headers a state-changing API call made with the page's session needs (double-submit CSRF). */
export async function csrfHeaders(page) {
  const cookies = await page.context().cookies();
  const csrf = cookies.find((c) => c.name === 'tracker_csrf');
  assert.ok(csrf, 'the tracker_csrf cookie is set once signed in');
  return { 'X-CSRF-Token': csrf.value };
}

/**
 * Creates an action in the priority numbered `priorityNumber` through the API, with the page's
 * session; `fields` are those of the request (ref and action at least; the lead is a Head of
 * Service unless given).
 */
export async function createAction(page, priorityNumber, fields) {
  const priorities = await (await page.request.get('/api/v1/priorities')).json();
  const priority = priorities.find((p) => p.number === priorityNumber);
  const created = await page.request.post('/api/v1/actions', {
    headers: await csrfHeaders(page),
    data: { priorityId: priority.id, leads: ['Head of Service'], ...fields },
  });
  assert.equal(created.status(), 201, await created.text());
  return created.json();
}

/**
 * Where the keyboard focus is: the focused element's tag, id, href and text, and whether it is in
 * <main>.
 */
export async function focusedElement(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    return {
      tag: e?.tagName.toLowerCase() ?? '',
      id: e?.id ?? '',
      href: e?.getAttribute('href') ?? '',
      text: (e?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      inMain: Boolean(e?.closest('main')),
    };
  });
}
