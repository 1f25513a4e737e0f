// An editor links an action to the inspection findings it answers and the indicators that show its
// impact, by searching rather than scrolling through every finding and indicator: the form stays
// short, each finding is shown with its text, and everything is reached with the keyboard. The
// action is created by the journey.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { assertAccessible, createAction, launch, openAs, waitUntilLoaded } from '../support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The form's Save button is within the first 2,500 px of the page. */
async function assertSaveNearTheTop(save) {
  const top = await save.evaluate((b) => b.getBoundingClientRect().top + window.scrollY);
  assert.ok(top < 2500, `Save is ${Math.round(top)} px down the page`);
}

test('an editor links findings and indicators through searchable pickers in a short form', async () => {
  const page = await openAs(browser, 'editor');
  const action = await createAction(page, 4, {
    ref: '4.9',
    action: 'Review re-referrals with the MASH partners (created by the e2e journey)',
  });

  await page.goto(`/actions/${action.id}`);
  await waitUntilLoaded(page, 'Action 4.9');
  await page.getByRole('button', { name: 'Edit action' }).click();
  const form = page.getByRole('region', { name: 'Edit action' });
  const findings = form.getByRole('group', { name: 'Findings cited' });
  const indicators = form.getByRole('group', { name: 'Indicators' });
  const findingSearch = findings.getByRole('combobox', {
    name: 'Find a finding by paragraph number or words',
  });
  const indicatorSearch = indicators.getByRole('combobox', {
    name: 'Find an indicator by number or words',
  });
  await findingSearch.waitFor();
  await indicatorSearch.waitFor();

  // No list of every finding and indicator before Save: the form is of a normal length.
  const save = form.getByRole('button', { name: 'Save changes' });
  await assertSaveNearTheTop(save);
  assert.equal(await form.getByRole('checkbox', { name: /^para /i }).count(), 0);

  // Every finding is offered with its text (or, where none is recorded, what cites it).
  await findingSearch.focus();
  await page.keyboard.press('ArrowDown');
  const findingList = page.getByRole('listbox', { name: 'Findings cited' });
  await findingList.waitFor();
  const offered = await findingList.getByRole('option').allInnerTexts();
  const all = await (await page.request.get(`/api/v1/findings?plan=${action.planId}`)).json();
  assert.equal(offered.length, all.length);
  for (const text of offered) {
    assert.doesNotMatch(text.trim(), /^para \d+$/i, 'a finding is more than its paragraph');
  }
  await assertAccessible(page, 'the edit form with the list of findings open');

  // Typed, the paragraph number brings its finding first; Enter picks it.
  await findingSearch.fill('13');
  await findingList
    .getByRole('option')
    .first()
    .getByText(/^Para 13 — \S/)
    .waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const tag = findings.getByRole('button', { name: /^Remove Para 13 — \S/ });
  await tag.waitFor();
  await page.keyboard.press('Escape');
  assert.equal(await findingSearch.getAttribute('aria-expanded'), 'false');

  // Words find an indicator; a tag removes one picked by mistake.
  await indicatorSearch.fill('re-referrals');
  const indicatorList = page.getByRole('listbox', { name: 'Indicators' });
  const reReferrals = indicatorList.getByRole('option', {
    name: /^10\. Percentage of re-referrals/,
  });
  await reReferrals.click();
  await indicatorSearch.fill('');
  await indicatorSearch.pressSequentially('12');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const wrong = indicators.getByRole('button', { name: /^Remove 12\. / });
  await wrong.click();
  await wrong.waitFor({ state: 'detached' });
  await indicators
    .getByRole('button', { name: /^Remove 10\. Percentage of re-referrals/ })
    .waitFor();

  await save.click();
  await page.getByText('The action was saved').waitFor();
  const saved = await (await page.request.get(`/api/v1/actions/${action.id}`)).json();
  assert.deepEqual(
    saved.findings.map((f) => f.paragraph),
    [13],
  );
  assert.deepEqual(
    saved.indicators.map((i) => i.number),
    [10],
  );

  // Opened again, the form shows what is linked, as tags, and is still short.
  await page.getByRole('button', { name: 'Edit action' }).click();
  await findings.getByRole('button', { name: /^Remove Para 13 — \S/ }).waitFor();
  await indicators
    .getByRole('button', { name: /^Remove 10\. Percentage of re-referrals/ })
    .waitFor();
  await assertSaveNearTheTop(save);
  await page.context().close();
});
