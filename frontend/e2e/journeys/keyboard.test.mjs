// A keyboard-only journey: after signing in, only page.keyboard is used (Tab, Shift+Tab, Enter,
// typing); the page is only read, to learn where the focus is. Nothing is changed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { focusedElement, launch, openAs, waitUntilLoaded } from '../support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/**
 * Presses `key` until the focused element is the one wanted, at most `max` times; fails when it is
 * never reached. Returns the focused element.
 */
async function pressUntil(page, key, wanted, what, max = 40) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const focused = await focusedElement(page);
    if (wanted(focused)) return focused;
    seen.push(
      `${focused.tag}${focused.href ? `[${focused.href}]` : ''} "${focused.text.slice(0, 30)}"`,
    );
  }
  assert.fail(`${what} was not reached with ${key}; focus went to:\n${seen.join('\n')}`);
}

const isSkipLink = (f) => f.tag === 'a' && f.href === '#main-content';

/**
 * The key that leads from where the focus is to the header and the navigation: back (Shift+Tab)
 * from the page's heading when it has the focus, forward (Tab) from the top of the document.
 */
async function towardsHeader(page) {
  return (await focusedElement(page)).inMain ? 'Shift+Tab' : 'Tab';
}

test('an editor finds an action in the plan with the keyboard alone', async () => {
  const page = await openAs(browser, 'editor');
  await page.goto('/');
  await waitUntilLoaded(page, 'Dashboard');

  // The navigation comes before the main content.
  await pressUntil(
    page,
    await towardsHeader(page),
    (f) => f.tag === 'a' && f.href === '/plan' && f.text === 'Plan',
    'the Plan link of the navigation',
  );
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === '/plan');
  await waitUntilLoaded(page, 'Improvement plan');
  const onPlan = await focusedElement(page);
  assert.deepEqual([onPlan.tag, onPlan.text], ['h1', 'Improvement plan'], 'the h1 has the focus');

  // Forward to the search filter, type, and submit the form with Enter.
  await pressUntil(page, 'Tab', (f) => f.tag === 'input' && f.id === 'field-q', 'the Search field');
  await page.keyboard.type('MASH');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === 'MASH');
  const count = page.getByRole('status').getByText(/^\d+ actions? match(es)? the filters$/);
  await count.waitFor();
  const matches = Number((await count.innerText()).split(' ')[0]);
  assert.ok(matches > 0, 'some actions mention MASH');

  // On to the first action link of the results, and open it.
  const link = await pressUntil(
    page,
    'Tab',
    (f) => f.tag === 'a' && /^\/actions\/\d+$/.test(f.href),
    'an action link in the results',
  );
  const ref = link.text.replace(/^Action /, '');
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.pathname === link.href);
  assert.match(new URL(page.url()).pathname, /^\/actions\/\d+$/);
  await waitUntilLoaded(page, `Action ${ref}`);
  const onAction = await focusedElement(page);
  assert.deepEqual([onAction.tag, onAction.text], ['h1', `Action ${ref}`], 'the h1 has the focus');
  await page.context().close();
});

test('the skip link is the first stop of the tab order and leads to the main content', async () => {
  const page = await openAs(browser, 'editor');
  await page.goto('/plan');
  await waitUntilLoaded(page, 'Improvement plan');

  // To the skip link (back from the heading when it has the focus), and nothing before it.
  await pressUntil(page, await towardsHeader(page), isSkipLink, 'the skip link');
  assert.equal(await page.getByRole('link', { name: 'Skip to main content' }).isVisible(), true);
  await page.keyboard.press('Shift+Tab');
  const before = await focusedElement(page);
  assert.equal(before.tag, 'body', 'no Tab stop before the skip link');
  await page.keyboard.press('Tab');
  assert.ok(isSkipLink(await focusedElement(page)), 'the skip link is the first Tab stop');

  // Following it, the next Tab stop is in the main content (the first filter), not the navigation.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const next = await focusedElement(page);
  assert.ok(
    next.inMain,
    `the Tab after the skip link goes into the main content, not ${next.text}`,
  );
  assert.equal(next.id, 'field-priority');
  await page.context().close();
});

test('on a page just loaded, the first Tab reaches the skip link, which focuses the main content', async () => {
  const page = await openAs(browser, 'editor');
  await page.goto('/plan');
  await waitUntilLoaded(page, 'Improvement plan');
  await page.keyboard.press('Tab');
  const first = await focusedElement(page);
  assert.ok(isSkipLink(first), `the first Tab stop is the skip link, not "${first.text}"`);
  await page.keyboard.press('Enter');
  const focused = await focusedElement(page);
  assert.equal(focused.tag, 'main', 'the skip link moves the focus to <main>');
  await page.context().close();
});

test('applying the plan filters with Enter keeps the focus in the filters form', async () => {
  const page = await openAs(browser, 'editor');
  await page.goto('/plan');
  await waitUntilLoaded(page, 'Improvement plan');
  await pressUntil(page, 'Tab', (f) => f.id === 'field-q', 'the Search field');
  await page.keyboard.type('MASH');
  await page.keyboard.press('Enter');
  await page
    .getByRole('status')
    .getByText(/match(es)? the filters$/)
    .waitFor();
  const focused = await focusedElement(page);
  assert.equal(focused.id, 'field-q', `the Search field keeps the focus, not <${focused.tag}>`);
  await page.context().close();
});
