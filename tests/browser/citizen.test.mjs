// The citizen answers the `demo` survey on a 360×740 phone, with JavaScript
// on and with JavaScript off; both responses are stored and counted.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, phone, score, repoRoot } from './harness.mjs';

const shots = join(repoRoot, 'tests/browser/artifacts');
mkdirSync(shots, { recursive: true });

const ANSWERS = {
  used_service: 'ya',
  undue_delay: '4',
  no_service: '4',
  procedure: '3',
  abuse_of_authority: 'na',
  incompetence: '4',
  payment_request: '2',
  impropriety: '4',
  discrimination: '4',
  partiality: '3',
  conflict_of_interest: '4',
};

let server;
before(async () => { server = await startServer(); });
after(() => server?.stop());

async function answerAll(page, answers) {
  for (const [key, value] of Object.entries(answers)) {
    // Tap the label, as a thumb would.
    await page.locator(`label.option:has(input[name="${key}"][value="${value}"])`).click();
  }
}

async function noHorizontalScroll(page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `page is ${width}px wide at a 360px viewport`);
}

test('with JavaScript on: the form hydrates, counts answers and submits', async () => {
  const before = (await score(server.base, 'demo')).n;
  const { context, close } = await phone({ javaScriptEnabled: true });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // Nothing the Content-Security-Policy refuses, nothing missing (the
    // icon): the console stays clean from the form to the thanks page.
    const consoleErrors = [];
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(`${server.base}/s/demo`);
    // The island hydrates: the counter appears and follows the answers.
    const progress = page.locator('.progress[data-ready="true"]');
    await progress.waitFor({ state: 'visible', timeout: 20_000 });
    assert.match(await progress.innerText(), /^0 dari 11 pertanyaan wajib sudah dijawab$/);
    await page.selectOption('#in-unit', 'dukcapil');
    await answerAll(page, ANSWERS);
    await page.fill('#in-comment', 'Petugas ramah, antrean tertib.');
    assert.match(await progress.innerText(), /^11 dari 11/);
    await noHorizontalScroll(page);
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no CSP violation on the form');
    await page.screenshot({ path: join(shots, 'form-js-on.png'), fullPage: true });
    await Promise.all([page.waitForURL('**/s/demo/thanks*'), page.click('.submit-bar button[type=submit]')]);
    assert.match(await page.locator('h1').innerText(), /Terima kasih/);
    // Asked for money "sometimes": the national complaint channel is offered.
    assert.match(await page.locator('.complaint').innerText(), /SP4N-LAPOR!/);
    assert.deepEqual(errors, [], 'no script errors');
    assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'no CSP violation on the thanks page');
    assert.deepEqual(consoleErrors, [], 'no error in the console');
  } finally {
    await close();
  }
  assert.equal((await score(server.base, 'demo')).n, before + 1);
});

test('with JavaScript off: a forgotten answer is pointed out, nothing is lost, then it submits', async () => {
  const before = (await score(server.base, 'demo')).n;
  const { context, close } = await phone({ javaScriptEnabled: false });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.base}/s/demo?u=puskesmas-klungkung-1`);
    // No counter that would never count.
    assert.equal(await page.locator('.progress').isVisible(), false);
    const { procedure, ...allButOne } = ANSWERS;
    await answerAll(page, allButOne);
    await page.fill('#in-proof', 'B-112');
    await Promise.all([page.waitForLoadState('load'), page.click('.submit-bar button[type=submit]')]);
    // The form again (422), with a summary, a message beside the field,
    // and every answer given still chosen.
    assert.match(await page.locator('.error-summary').innerText(), /Periksa kembali/);
    assert.match(await page.locator('#err-procedure').innerText(), /Pertanyaan nomor 4 belum dijawab/);
    assert.equal(await page.locator('input[name="payment_request"][value="2"]').isChecked(), true);
    assert.equal(await page.locator('#in-proof').inputValue(), 'B-112');
    await noHorizontalScroll(page);
    await page.screenshot({ path: join(shots, 'form-js-off-errors.png'), fullPage: true });
    await answerAll(page, { procedure });
    await Promise.all([page.waitForURL('**/s/demo/thanks*'), page.click('.submit-bar button[type=submit]')]);
    assert.match(await page.locator('h1').innerText(), /Terima kasih/);
    // The results page shows the new count.
    await page.goto(`${server.base}/s/demo/results`);
    assert.equal(await page.locator('#n').innerText(), String(before + 1));
    await page.screenshot({ path: join(shots, 'results.png'), fullPage: true });
  } finally {
    await close();
  }
  const s = await score(server.base, 'demo');
  assert.equal(s.n, before + 1);
  assert.ok(s.score > 25 && s.score <= 100);
});

test('in English, chosen by the switch link', async () => {
  const { context, close } = await phone({ javaScriptEnabled: false, locale: 'id-ID' });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.base}/s/demo-skm`);
    await page.click('.lang-switch');
    assert.match(await page.locator('.submit-bar button[type=submit]').innerText(), /Send my answers/);
    // Remembered on the next visit.
    await page.goto(`${server.base}/s/demo-skm`);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
  } finally {
    await close();
  }
});

for (const javaScriptEnabled of [true, false]) {
  test(`back after thanks (JavaScript ${javaScriptEnabled ? 'on' : 'off'}): told it was sent, still one response`, async () => {
    const before = (await score(server.base, 'demo')).n;
    const { context, close } = await phone({ javaScriptEnabled });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(`${server.base}/s/demo?u=dukcapil`);
      if (javaScriptEnabled) await page.waitForSelector('.progress[data-ready="true"]');
      await answerAll(page, ANSWERS);
      await Promise.all([page.waitForURL('**/s/demo/thanks*'), page.click('.submit-bar button[type=submit]')]);
      assert.match(await page.locator('h1').innerText(), /Terima kasih/);
      // Back: the form page is not offered again to send as new; it says
      // the answers were sent.
      await page.goBack();
      await page.waitForLoadState('load');
      await page.waitForFunction(() => /sudah terkirim/.test(document.querySelector('h1')?.textContent ?? ''), null, { timeout: 10_000 });
      assert.equal(await page.locator('.submit-bar button[type=submit]').count(), 0, 'no Send button to press twice');
      await page.screenshot({ path: join(shots, `back-after-thanks-js-${javaScriptEnabled ? 'on' : 'off'}.png`), fullPage: true });
      assert.equal((await score(server.base, 'demo')).n, before + 1);
      // A new response on purpose (a family's shared phone) starts empty.
      await Promise.all([page.waitForURL('**/s/demo?baru=1*'), page.click('a[href*="baru=1"]')]);
      if (javaScriptEnabled) await page.waitForSelector('.progress[data-ready="true"]');
      assert.equal(await page.locator('input[name="undue_delay"]:checked').count(), 0, 'a new response starts empty');
    } finally {
      await close();
    }
    assert.equal((await score(server.base, 'demo')).n, before + 1, 'exactly one response');
  });
}
