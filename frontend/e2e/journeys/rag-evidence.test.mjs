// The RAG rule "GREEN needs evidence", end to end: an editor records a progress update, rates the
// action GREEN with a reason, and sees it on the action page, in the RAG history and on the
// Dashboard. Rows used: the first "2.6" (no other journey changes it) and a "6.9" action this
// journey creates through the API.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { actionIdByRef, createAction, launch, openAs, waitUntilLoaded } from '../support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The "RAG status: …" line at the top of an action page. */
function ragLine(page) {
  return page.locator('p.govuk-body', { hasText: /^RAG status:/ });
}

async function addProgressUpdate(page, text) {
  const section = page.getByRole('region', { name: 'Add a progress update' });
  await section.getByLabel('What has happened').fill(text);
  await section.getByRole('button', { name: 'Add progress update' }).click();
  await section.getByRole('alert').getByText('Your progress update was added').waitFor();
  await page
    .getByRole('list', { name: 'Progress updates, newest first' })
    .getByText(text)
    .waitFor();
}

async function chooseRag(page, rag, reason) {
  const section = page.getByRole('region', { name: 'Change the RAG status' });
  await section.getByRole('radio', { name: rag, exact: true }).check();
  await section.getByLabel('Reason for the change').fill(reason);
  await section.getByRole('button', { name: 'Change RAG status' }).click();
  return section;
}

/** The Dashboard's "Green" count of one priority, read from the chart's table alternative. */
async function dashboardGreenCount(page, priorityLabel) {
  await page.goto('/');
  await waitUntilLoaded(page, 'Dashboard');
  await page.getByText('Show the data as a table').click();
  const table = page.getByRole('table', { name: 'Actions by RAG status and priority' });
  await table.waitFor();
  const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
  const column = headers.indexOf('Green');
  assert.notEqual(column, -1, `a Green column among ${headers.join(', ')}`);
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: priorityLabel, exact: true }) });
  const cell = (await row.locator('th, td').allTextContents())[column];
  assert.match(cell ?? '', /^\d+$/, `the Green count of ${priorityLabel}`);
  return Number(cell);
}

async function priorityLabel(page, priorityNumber) {
  const priorities = await (await page.request.get('/api/v1/priorities')).json();
  const priority = priorities.find((p) => p.number === priorityNumber);
  return `${priority.number}. ${priority.title}`;
}

test('an action without evidence cannot be rated GREEN until a progress update is recorded', async () => {
  const page = await openAs(browser, 'editor');
  const action = await createAction(page, 6, {
    ref: '6.9',
    action: 'Run a practice week on the evidence rule (created by the e2e journey)',
  });
  assert.equal(action.progressUpdateCount, 0);

  await page.goto(`/actions/${action.id}`);
  await waitUntilLoaded(page, 'Action 6.9');
  assert.match(await ragLine(page).textContent(), /Not rated/);
  await page.getByText('No progress has been recorded yet.').waitFor();

  const form = await chooseRag(page, 'Green', 'Rated before any evidence');
  const problem = form.locator('.govuk-error-summary');
  await problem.getByText('There is a problem').waitFor();
  await problem.getByText(/needs evidence: record a progress update/).waitFor();
  assert.match(await ragLine(page).textContent(), /Not rated/);
  await page.getByText('No RAG changes have been recorded.').waitFor();

  await addProgressUpdate(page, 'Practice week held on 3 March; attendance list attached.');
  await chooseRag(page, 'Green', 'The practice week is evidenced');
  await form.getByRole('alert').getByText('The RAG status is now Green').waitFor();
  await ragLine(page).getByText('Green', { exact: true }).waitFor();
  await page.getByRole('table', { name: 'RAG history, newest first' }).waitFor();
  await page.context().close();
});

test('an editor records evidence, rates an action GREEN with a reason, and the Dashboard counts it', async () => {
  const page = await openAs(browser, 'editor');
  const id = await actionIdByRef(page, '2.6');
  const label = await priorityLabel(page, 2);
  const greenBefore = await dashboardGreenCount(page, label);

  await page.goto(`/actions/${id}`);
  await waitUntilLoaded(page, 'Action 2.6');
  const before = (await ragLine(page).textContent()).replace('RAG status:', '').trim();
  assert.doesNotMatch(before, /^Green/, 'the journey starts from an action that is not GREEN');

  const evidence = `Audit of 20 MASH contacts (e2e ${Date.now()}): consent recorded in all of them.`;
  await addProgressUpdate(page, evidence);
  const reason = 'Dip sample shows consent is now embedded in MASH practice';
  const form = await chooseRag(page, 'Green', reason);
  await form.getByRole('alert').getByText('The RAG status is now Green').waitFor();
  await ragLine(page).getByText('Green', { exact: true }).waitFor();
  // The form is cleared for the next change.
  assert.equal(await form.getByLabel('Reason for the change').inputValue(), '');

  const history = page.getByRole('table', { name: 'RAG history, newest first' });
  const newest = history.locator('tbody tr').first();
  await newest.getByText(reason).waitFor();
  const change = (await newest.locator('td').first().innerText()).replace(/\s+/g, ' ');
  assert.match(change, /Green$/, `the newest RAG change ends at Green: ${change}`);
  assert.match(await newest.innerText(), /Erin Editor/);

  // The full history (audit trail) names the change and the evidence too.
  await page.getByText('Show the full history').click();
  const trail = page.getByRole('table', { name: 'Full history, newest first' });
  await trail.getByRole('cell', { name: 'RAG status changed' }).first().waitFor();
  await trail.getByRole('cell', { name: 'Progress update added' }).first().waitFor();

  const greenAfter = await dashboardGreenCount(page, label);
  assert.equal(greenAfter, greenBefore + 1, `Green count of ${label}`);
  await page.context().close();
});
