// At the counter and in the field, in a real browser.
//
// A kiosk tablet (1280×800): the manager registers it, the tablet is
// paired with the code, three respondents answer one after another (each
// thanked, the tablet back on its attract screen), and a fourth who walks
// away half-way leaves nothing: the idle form starts over empty. Three
// responses are stored on channel `kiosk`, none refused.
//
// An interviewer's phone (360×740): offline, five interviews are kept on
// the phone; the browser is closed and opened again, still offline, and
// the list still holds the five; the connection returns and they go, each
// once, with the interviewer recorded; "Send now" then sends nothing.
// axe-core finds nothing on any page.

import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, phone, signedIn, axeViolations, ACCOUNTS, DATABASES } from './harness.mjs';

const IDLE = 4;

const ANSWERS = {
  used_service: 'ya', undue_delay: '4', no_service: '3', procedure: '3', abuse_of_authority: 'na',
  incompetence: '4', payment_request: '4', impropriety: '4', discrimination: '2', partiality: '3',
  conflict_of_interest: '4',
};
const tap = (page, key, value) => page.locator(`label.option:has(input[name="${key}"][value="${value}"])`).click();

async function answerAll(page) {
  for (const [key, value] of Object.entries(ANSWERS)) await tap(page, key, value);
}

/** A browser on `profile`, kept between launches. */
async function launch(profile, viewport, extra = {}) {
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-quic'],
    viewport,
    hasTouch: true,
    locale: 'id-ID',
    serviceWorkers: 'allow',
    ...extra,
  });
}

/** The `by-channel` row of Dukcapil on the survey's collection page. */
async function channelRow(page, base) {
  await page.goto(`${base}/admin/s/demo/field`);
  const heads = await page.locator('#by-channel thead th').allInnerTexts();
  const cells = await page.locator('#by-channel tbody tr', { hasText: 'Kependudukan' }).locator('th, td').allInnerTexts();
  return Object.fromEntries(heads.map((h, i) => [h, cells[i]]));
}

for (const db of DATABASES) describe(`on ${db}`, () => {
  let server;
  before(async () => {
    server = await startServer({ db, env: { PERSEPSI_KIOSK_IDLE_SECONDS: String(IDLE) } });
  });
  after(() => server?.stop());

  test('a paired kiosk takes three respondents in a row and an idle form starts over empty', async () => {
    const { context: office, close } = await phone({ javaScriptEnabled: true });
    const profile = mkdtempSync(join(tmpdir(), 'persepsi-kiosk-'));
    const tablet = await launch(profile, { width: 1280, height: 800 });
    try {
      // The manager registers the tablet.
      const desk = await office.newPage();
      await signedIn(desk, server.base, 'manager');
      await desk.goto(`${server.base}/admin/s/demo/kiosks`);
      await desk.fill('#in-name', 'Tablet loket 1');
      await desk.selectOption('#in-unit', 'dukcapil');
      await desk.check('#in-faces');
      await desk.click('form.admin-form button[type=submit]');
      const code = (await desk.locator('#pair-code').innerText()).trim();
      assert.match(code, /^\d{4} \d{4}$/);
      let found = await axeViolations(desk);
      assert.deepEqual(found, [], `kiosks page: ${found.join('\n')}`);

      // The tablet: a wrong code first, then the right one.
      const page = await tablet.newPage();
      await page.goto(`${server.base}/kiosk`);
      found = await axeViolations(page);
      assert.deepEqual(found, [], `pairing page: ${found.join('\n')}`);
      await page.fill('#in-code', '1111 2222');
      await page.click('button[type=submit]');
      assert.match(await page.locator('#err-code').innerText(), /tidak bisa memasangkan/);
      await page.fill('#in-code', code);
      await page.click('button[type=submit]');
      await page.waitForSelector('#kiosk[data-state="attract"]');
      assert.match(await page.locator('.attract-title').first().innerText(), /Bagaimana pelayanan kami hari ini\?/);
      found = await axeViolations(page);
      assert.deepEqual(found, [], `attract screen: ${found.join('\n')}`);

      for (let n = 1; n <= 3; n += 1) {
        await page.click('#kiosk-start');
        await page.waitForSelector('#kiosk[data-state="form"]');
        if (n === 1) {
          // Large targets, and a face beside each 1–4 answer.
          const box = await page.locator('label.option:has(input[name="undue_delay"][value="4"])').boundingBox();
          assert.ok(box.height >= 56, `answer height ${box.height}`);
          const face = await page.evaluate(() => getComputedStyle(
            document.querySelector('fieldset[data-kind="scale"] input[value="1"] + span'), '::before').content);
          assert.match(face, /😞/);
          found = await axeViolations(page);
          assert.deepEqual(found, [], `kiosk form: ${found.join('\n')}`);
        }
        await answerAll(page);
        await page.click('.submit-bar button[type=submit]');
        await page.waitForSelector('#kiosk[data-state="thanks"]');
        await page.waitForSelector('#kiosk[data-state="attract"]', { timeout: 15_000 });
        // The next respondent finds nothing of the last one's answers.
        assert.equal(await page.locator('#survey-form input[type=radio]:checked').count(), 0);
      }

      // A fourth walks away half-way: the form starts over, nothing kept.
      await page.click('#kiosk-start');
      await tap(page, 'used_service', 'ya');
      await tap(page, 'undue_delay', '1');
      await page.waitForSelector('#kiosk[data-state="attract"]', { timeout: (IDLE + 5) * 1000 });
      assert.equal(await page.locator('#survey-form input[type=radio]:checked').count(), 0);
      const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('persepsi:field:kiosk') || '[]'));
      assert.deepEqual(kept, [], 'nothing waits on the tablet');

      // Three responses, all on channel kiosk, none refused or flagged.
      const row = await channelRow(desk, server.base);
      assert.equal(row['Tablet di loket (kios)'], '3', JSON.stringify(row));
      await desk.goto(`${server.base}/admin/s/demo/kiosks`);
      const listed = await desk.locator('#kiosks tbody tr', { hasText: 'Tablet loket 1' }).innerText();
      assert.match(listed, /Dipasangkan/);
      assert.match(listed, /\t3\t/);
    } finally {
      await tablet.close();
      rmSync(profile, { recursive: true, force: true });
      await close();
    }
  });

  test('five interviews offline survive a browser restart and go once when the connection returns', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'persepsi-interviewer-'));
    const size = { width: 360, height: 740 };
    let ctx = await launch(profile, size, { isMobile: true });
    try {
      let page = await ctx.newPage();
      await signedIn(page, server.base, 'enumerator', { next: '/admin/interviews' });
      let found = await axeViolations(page);
      assert.deepEqual(found, [], `interviews page: ${found.join('\n')}`);
      const unitLink = page.locator('a[href="/admin/interviews/demo/dukcapil"]');
      await unitLink.waitFor();
      // The unit's form is kept for opening without a connection.
      await page.waitForFunction(async () => {
        const c = await caches.open('persepsi-forms-v1');
        return !!(await c.match('/admin/interviews/demo/dukcapil', { ignoreSearch: true }))
          && !!(await c.match(location.href));
      }, null, { timeout: 15_000 });
      await unitLink.click();
      await page.waitForURL('**/admin/interviews/demo/dukcapil');
      found = await axeViolations(page);
      assert.deepEqual(found, [], `interview form: ${found.join('\n')}`);

      // No signal in the village: five interviews, each kept.
      await ctx.setOffline(true);
      for (let n = 1; n <= 5; n += 1) {
        await answerAll(page);
        await page.click('.submit-bar button[type=submit]');
        await page.waitForFunction((count) => JSON.parse(localStorage.getItem('persepsi:field:interview') || '[]').length === count, n);
        assert.match(await page.locator('#field-status').innerText(), /tersimpan di ponsel/i);
        assert.equal(await page.locator('#survey-form input[type=radio]:checked').count(), 0, 'ready for the next');
      }
      await page.goto(`${server.base}/admin/interviews`);
      await page.waitForSelector('#kept-list tbody tr');
      assert.equal(await page.locator('#kept-list tbody tr[data-state="kept"]').count(), 5);

      // The phone is switched off and on: still offline, still five.
      await ctx.close();
      ctx = await launch(profile, size, { isMobile: true });
      await ctx.setOffline(true);
      page = await ctx.newPage();
      await page.goto(`${server.base}/admin/interviews`);
      await page.waitForSelector('#kept-list tbody tr');
      assert.equal(await page.locator('#kept-list tbody tr[data-state="kept"]').count(), 5);
      assert.match(await page.locator('#kept-list tbody').innerText(), /Tersimpan di ponsel/);

      // The connection returns: they go by themselves, each once.
      await ctx.setOffline(false);
      await page.waitForFunction(() => document.querySelectorAll('#kept-list tbody tr[data-state="sent"]').length === 5, null, { timeout: 40_000 });
      assert.match(await page.locator('#field-status').innerText(), /sudah terkirim/);
      // A second send finds nothing to send.
      await page.click('#field-send');
      await page.waitForFunction(() => /Tidak ada yang perlu dikirim/.test(document.querySelector('#field-status').textContent));
    } finally {
      await ctx.close();
      rmSync(profile, { recursive: true, force: true });
    }

    // An assessor sees five interviews by this interviewer, and no more.
    const { context, close } = await phone({ javaScriptEnabled: true });
    try {
      const page = await context.newPage();
      await signedIn(page, server.base, 'assessor');
      const row = await channelRow(page, server.base);
      assert.equal(row['Wawancara tatap muka'], '5', JSON.stringify(row));
      const who = await page.locator('#interviewers tbody tr', { hasText: ACCOUNTS.enumerator }).innerText();
      assert.match(who, /\t5\t/);
      const found = await axeViolations(page);
      assert.deepEqual(found, [], `collection page: ${found.join('\n')}`);
    } finally {
      await close();
    }
  });
});
