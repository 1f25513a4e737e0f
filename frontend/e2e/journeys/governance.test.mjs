// What a board relies on, end to end: moving a due date asks why and shows the slippage on the
// action, in the plan and in the history; a partner's RAG proposal waits for an editor on the
// Dashboard, and a second one is refused while it does. Rows used: a "5.9" action this journey
// creates, and 3.10 (co-led by the police; no other journey proposes on it).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  actionIdByRef,
  createAction,
  csrfHeaders,
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

test('moving a due date needs a reason, keeps the original and shows the slippage', async () => {
  const page = await openAs(browser, 'editor');
  const text = `Refresh the practice standards (e2e ${Date.now()})`;
  const action = await createAction(page, 5, {
    ref: '5.9',
    action: text,
    dueDate: '2023-03-31',
    dueWording: 'March 23',
  });

  await page.goto(`/actions/${action.id}`);
  await waitUntilLoaded(page, 'Action 5.9');
  await page.getByRole('button', { name: 'Edit action' }).click();
  const form = page.getByRole('region', { name: 'Edit action' });
  await form.getByLabel('Due date', { exact: true }).fill('2027-01-31');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await form
    .locator('.govuk-error-summary')
    .getByText(/Enter why the due date moves/)
    .waitFor();

  await form.getByLabel('Why does the due date move?').fill('Waiting for the new case system');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('The action was saved').waitFor();

  const due = page.locator('.govuk-summary-list__row', { hasText: /^Due/ });
  await due.getByText('Put back once: 1,402 days later than first due (31 Mar 2023)').waitFor();
  await due.getByText(/31 Mar 2023 → 31 Jan 2027: Waiting for the new case system/).waitFor();
  // The old wording described the old date: it no longer shows beside the new one.
  assert.doesNotMatch(await due.innerText(), /March 23/);

  await page.getByText('Show the full history').click();
  const trail = page.getByRole('table', { name: 'Full history, newest first' });
  const edit = trail.locator('tr', { hasText: 'Action edited' });
  await edit.getByText('due date: 31 Mar 2023 → 31 Jan 2027').waitFor();
  assert.match(await edit.innerText(), /Erin Editor/);

  await page.goto(`/plan?q=${encodeURIComponent(text)}`);
  await waitUntilLoaded(page, 'Plan');
  const row = page.locator('tr', { hasText: '5.9' });
  await row.getByText('Put back once, +1,402 days').waitFor();
  await page.context().close();
});

test("a partner's proposal waits for an editor, and a second is refused meanwhile", async () => {
  const partner = await openAs(browser, 'partner');
  const id = await actionIdByRef(partner, '3.10');
  const headers = await csrfHeaders(partner);
  const first = await partner.request.post(`/api/v1/actions/${id}/rag-proposals`, {
    headers,
    data: { rag: 'AMBER', reason: 'Joint protocol drafted with the police (e2e)' },
  });
  assert.equal(first.status(), 201, await first.text());
  const second = await partner.request.post(`/api/v1/actions/${id}/rag-proposals`, {
    headers,
    data: { rag: 'GREEN', reason: 'Protocol embedded (e2e)' },
  });
  assert.equal(second.status(), 409, await second.text());
  assert.match((await second.json()).detail, /awaiting an editor's decision/);
  await partner.context().close();

  const editor = await openAs(browser, 'editor');
  await editor.goto('/');
  await waitUntilLoaded(editor, 'Dashboard');
  const panel = editor.getByRole('region', { name: 'Awaiting your decision' });
  const link = panel.getByRole('link', { name: 'Action 3.10' });
  await link.waitFor();
  assert.match(await link.locator('xpath=ancestor::tr').innerText(), /Paula Partner/);
  await link.click();
  await waitUntilLoaded(editor, 'Action 3.10');
  await editor.context().close();
});
