// A board member reads the scorecard's verdict (target, status, MTFP) without scrolling sideways:
// on a laptop the earliest months give way first; on a phone each indicator is a card with its
// status. Nothing is changed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openAs, waitUntilLoaded } from '../support.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Opens the scorecard at this screen size once its figures have loaded. */
async function openScorecard(width, height) {
  const page = await openAs(browser, 'viewer');
  await page.setViewportSize({ width, height });
  await page.goto('/scorecard');
  await waitUntilLoaded(page, 'Scorecard');
  await page.getByRole('main').getByRole('heading', { level: 2 }).first().waitFor();
  return page;
}

/** A "YYYY-MM" month as the page names it: "March 2023" (long) or "Mar 2023" (short). */
function monthName(period, month = 'long') {
  const [y, m] = period.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, 1));
  return date.toLocaleDateString('en-US', { month, year: 'numeric', timeZone: 'UTC' });
}

/** Whether the page itself scrolls sideways. */
function pageOverflow(page) {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
}

test('on a 1280 px screen the verdict columns show without scrolling sideways', async () => {
  const page = await openScorecard(1280, 800);
  const tables = page.getByRole('main').getByRole('table');
  await tables.first().waitFor();
  const count = await tables.count();
  assert.ok(count >= 6, `every area has its table (${count})`);

  const layout = await page.evaluate(() =>
    Array.from(document.querySelectorAll('main .app-data-table__scroll'), (box) => {
      const headers = Object.fromEntries(
        Array.from(box.querySelectorAll('thead th'), (th) => [
          th.textContent.trim(),
          th.getBoundingClientRect().right,
        ]),
      );
      return {
        name: box.getAttribute('aria-label'),
        scrollWidth: box.scrollWidth,
        clientWidth: box.clientWidth,
        target: headers.Target,
        status: headers.Status,
        mtfp: headers.MTFP,
        months: box.querySelectorAll('th.app-scorecard__month').length,
        innerWidth: window.innerWidth,
      };
    }),
  );
  assert.equal(layout.length, count);
  for (const table of layout) {
    assert.ok(
      table.scrollWidth <= table.clientWidth,
      `${table.name} does not scroll: ${JSON.stringify(table)}`,
    );
    for (const column of ['target', 'status', 'mtfp']) {
      assert.ok(table[column] <= table.innerWidth, `${column} of ${table.name} is on screen`);
    }
    // The months give way to the verdict, but the latest few still show.
    assert.ok(table.months >= 3, `${table.name} shows ${table.months} months`);
  }
  const { scrollWidth, clientWidth } = await pageOverflow(page);
  assert.ok(scrollWidth <= clientWidth, `the page does not scroll sideways (${scrollWidth})`);
  // Every table shows the same months: the latest, and as many before it as fit. Those left out
  // are the earliest, and named.
  const { periods } = await (await page.request.get('/api/v1/scorecard?months=6')).json();
  const shown = layout[0].months;
  assert.ok(
    layout.every((table) => table.months === shown),
    'the same months in every table',
  );
  const note = page.getByText(/left out of the tables to fit your screen/);
  if (shown < periods.length) {
    assert.match(await note.innerText(), new RegExp(`^${monthName(periods[0], 'short')}`));
  } else {
    assert.equal(await note.count(), 0);
  }
  await tables
    .first()
    .getByRole('columnheader', { name: monthName(periods.at(-1)) })
    .waitFor();
  await page.context().close();
});

test("on a phone the page does not scroll sideways and each indicator's status is readable", async () => {
  const page = await openScorecard(390, 844);
  const response = await page.request.get('/api/v1/indicators?size=500');
  const indicators = (await response.json()).items.length;

  const cards = page
    .getByRole('main')
    .getByRole('listitem')
    .filter({ has: page.locator('h3') });
  await cards.first().waitFor();
  assert.equal(await cards.count(), indicators, 'a card per indicator');
  assert.equal(await page.getByRole('main').getByRole('table').count(), 0);

  const { scrollWidth, clientWidth } = await pageOverflow(page);
  assert.ok(
    scrollWidth <= clientWidth,
    `the page does not scroll sideways (${scrollWidth} > ${clientWidth})`,
  );

  const statuses = await page.evaluate(() =>
    Array.from(document.querySelectorAll('main li:has(h3)'), (card) => {
      const status = card.querySelector('dt + dd .govuk-tag');
      const box = status?.getBoundingClientRect();
      return {
        name: card.querySelector('h3').textContent.trim(),
        label: status?.closest('dd').previousElementSibling.textContent,
        text: status?.textContent.trim() ?? '',
        left: box?.left ?? -1,
        right: box?.right ?? Infinity,
        fontSize: status ? parseFloat(getComputedStyle(status).fontSize) : 0,
      };
    }),
  );
  for (const s of statuses) {
    assert.equal(s.label, 'Status', s.name);
    assert.match(s.text, /^(On target|Near|Off target|No target|No data)$/, s.name);
    assert.ok(s.left >= 0 && s.right <= 390, `the status of ${s.name} is on screen`);
    assert.ok(s.fontSize >= 14, `the status of ${s.name} is legible (${s.fontSize}px)`);
  }

  // An indicator's card reads as a whole: its latest figure and target are beside its status.
  // (Indicator 10's figures are changed by no journey.)
  const card = cards.filter({ hasText: /^10\. Percentage of re-referrals/ });
  const text = (await card.innerText()).replace(/\s+/g, ' ');
  assert.match(text, /Status On target .*Latest 19\.3% in Mar 2023 Target 23\.0%/, text);
  await page.context().close();
});
