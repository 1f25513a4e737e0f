// What partners and viewers may do is what they are shown: a partner contributes only to the
// actions their organisation co-leads (Devon and Cornwall Police co-lead 1.3, 1.4, 2.8, 3.10), and
// a viewer only reads. The partner adds a progress update to 1.3, which no other journey checks.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  actionIdByRef,
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

/** Opens an action and waits for its page, its RAG history and its progress log. */
async function openAction(page, ref) {
  const id = await actionIdByRef(page, ref);
  await page.goto(`/actions/${id}`);
  await waitUntilLoaded(page, `Action ${ref}`);
  await page.getByRole('heading', { name: 'Progress log' }).waitFor();
}

/** No control that changes the action: no form, no edit button, no form heading. */
async function assertReadOnlyAction(page) {
  const main = page.getByRole('main');
  assert.equal(await main.locator('form').count(), 0, 'no form on the page');
  assert.equal(await main.getByRole('button', { name: 'Edit action' }).count(), 0);
  for (const heading of [
    'Change the RAG status',
    'Propose a RAG change',
    'Add a progress update',
  ]) {
    assert.equal(await main.getByRole('heading', { name: heading }).count(), 0, heading);
  }
  assert.equal(await main.getByRole('textbox').count(), 0, 'no text field');
  assert.equal(await main.getByRole('radio').count(), 0, 'no radio button');
}

test('a partner contributes to an action their organisation co-leads, and only proposes RAG changes', async () => {
  const page = await openAs(browser, 'partner');
  assert.match(await page.getByTestId('signed-in-user').textContent(), /Devon and Cornwall Police/);
  await openAction(page, '1.3');
  const main = page.getByRole('main');

  await main.getByRole('heading', { name: 'Add a progress update' }).waitFor();
  await main.getByRole('heading', { name: 'Propose a RAG change' }).waitFor();
  await main.getByRole('button', { name: 'Propose RAG change' }).waitFor();
  assert.equal(await main.getByRole('button', { name: 'Edit action' }).count(), 0);
  assert.equal(await main.getByRole('heading', { name: 'Change the RAG status' }).count(), 0);
  assert.equal(await main.getByRole('button', { name: 'Change RAG status' }).count(), 0);
  assert.equal(await main.getByText('does not co-lead').count(), 0);

  const text = `Joint police and MASH triage audit completed (e2e ${Date.now()}).`;
  const section = main.getByRole('region', { name: 'Add a progress update' });
  await section.getByLabel('What has happened').fill(text);
  await section.getByRole('button', { name: 'Add progress update' }).click();
  await section.getByRole('alert').getByText('Your progress update was added').waitFor();
  const log = main.getByRole('list', { name: 'Progress updates, newest first' });
  const update = log.getByRole('listitem').first();
  await update.getByText(text).waitFor();
  assert.match(await update.innerText(), /Paula Partner/);
  await page.context().close();
});

test('a partner sees no controls on an action their organisation does not co-lead', async () => {
  const page = await openAs(browser, 'partner');
  await openAction(page, '2.6');
  await page.getByText('Your organisation does not co-lead this action.').waitFor();
  await assertReadOnlyAction(page);
  await page.context().close();
});

test('a partner cannot enter figures, and has no Admin link or page', async () => {
  const page = await openAs(browser, 'partner');
  const id = await indicatorIdByNumber(page, 12);
  await page.goto(`/indicators/${id}`);
  await waitUntilLoaded(page, /^12\. /);
  await page.getByRole('region', { name: 'Monthly figures table' }).waitFor();
  await page.getByRole('heading', { name: 'Linked actions' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Enter or correct a figure' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Save figure' }).count(), 0);
  assert.equal(await page.getByRole('main').locator('form').count(), 0);

  const menu = page.getByRole('navigation', { name: 'Menu' });
  const links = (await menu.getByRole('link').allInnerTexts()).map((l) => l.trim());
  // Partners read audits and workforce figures too; they change neither.
  assert.deepEqual(links, [
    'Dashboard',
    'Plan',
    'Findings',
    'Scorecard',
    'Audits',
    'Workforce',
    'Boards',
    'API tokens',
  ]);

  await page.goto('/admin');
  await waitUntilLoaded(page, 'Administration');
  await page.getByText('You do not have permission to see this page.').waitFor();
  assert.equal(await page.getByRole('tab').count(), 0);
  await page.context().close();
});

test('a viewer sees no controls on an action or an indicator', async () => {
  const page = await openAs(browser, 'viewer');
  await openAction(page, '1.3');
  await assertReadOnlyAction(page);

  const id = await indicatorIdByNumber(page, 12);
  await page.goto(`/indicators/${id}`);
  await waitUntilLoaded(page, /^12\. /);
  await page.getByRole('heading', { name: 'Linked actions' }).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Enter or correct a figure' }).count(), 0);
  assert.equal(await page.getByRole('main').locator('form').count(), 0);
  const menu = page.getByRole('navigation', { name: 'Menu' });
  assert.equal(await menu.getByRole('link', { name: 'Admin' }).count(), 0);
  await page.context().close();
});
