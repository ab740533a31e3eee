// The manager's pages of collection on a 360×740 phone, in both
// languages (their forms are plain posts): counters (adding one, a mistake shown
// beside its field, the counter's own link and QR code), kiosk tablets
// (a registration without a name refused beside the field), the
// collection page, and copying the survey to a new period. axe-core finds
// nothing on any of them, and none scrolls sideways. Then a paired kiosk
// without JavaScript takes an answer the plain way.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, phone, signedIn, axeViolations } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server?.stop());

async function clean(page, what) {
  const found = await axeViolations(page);
  assert.deepEqual(found, [], `${what}: ${found.join('\n')}`);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 360, `${what} scrolls sideways: ${wide}px`);
}

test('a manager adds a counter, registers a tablet and copies the survey, in both languages', { timeout: 120_000 }, async () => {
  const { context, close } = await phone({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await signedIn(page, server.base, 'manager');
    await page.goto(`${server.base}/admin/s/demo`);

    // Counters: a nameless one is refused beside its field, then one added.
    await page.click('text=Loket dan petugas');
    await page.waitForURL('**/admin/s/demo/counters');
    await clean(page, 'counters, empty');
    await page.selectOption('#in-unit', 'dukcapil');
    await page.click('form.admin-form button[type=submit]');
    assert.match(await page.locator('#err-label').innerText(), /Tulis nama/);
    assert.equal(await page.locator('#in-unit').inputValue(), 'dukcapil', 'the unit chosen stays');
    await clean(page, 'counters, mistake');
    await page.fill('#in-label', 'Loket 2');
    await page.click('form.admin-form button[type=submit]');
    const row = page.locator('#counters tbody tr', { hasText: 'Loket 2' });
    assert.match(await row.innerText(), /Kurang dari 10 jawaban/);
    await row.locator('summary').click();
    assert.match(await row.locator('code').innerText(), /\/s\/demo\?u=dukcapil&k=[a-z0-9]{10}$/);
    await clean(page, 'counters, with one');
    await page.goto(`${server.base}/admin/s/demo/counters?lang=en`);
    assert.match(await page.locator('h1').innerText(), /Counters and officers/);
    await clean(page, 'counters in English');

    // Kiosk tablets: a registration without a name is refused.
    await page.goto(`${server.base}/admin/s/demo/kiosks`);
    await clean(page, 'kiosks, none');
    await page.selectOption('#in-unit', 'dukcapil');
    await page.click('form.admin-form button[type=submit]');
    assert.match(await page.locator('#err-name').innerText(), /Tulis nama/);
    await clean(page, 'kiosks, mistake');
    await page.goto(`${server.base}/admin/s/demo/kiosks?lang=en`);
    assert.match(await page.locator('h1').innerText(), /Kiosk tablets/);
    await clean(page, 'kiosks in English');

    // The collection page, as the agency sees it.
    await page.goto(`${server.base}/admin/s/demo/field`);
    assert.equal(await page.locator('#targets-table').count(), 0, 'targets are the assessor\'s');
    await clean(page, 'collection page');
    await page.goto(`${server.base}/admin/s/demo/field?lang=en`);
    await clean(page, 'collection page in English');

    // Copying the survey to a new period.
    await page.goto(`${server.base}/admin/s/demo`);
    await page.click('text=Salin untuk periode baru');
    await page.waitForURL('**/admin/s/demo/copy');
    await clean(page, 'copy form');
    await page.fill('#in-slug', 'demo-2027');
    await page.fill('#in-opens', '2027-01-01');
    await page.fill('#in-closes', '2027-12-31');
    await page.click('form.admin-form button[type=submit]');
    await page.waitForURL('**/admin/s/demo-2027');
    assert.match(await page.locator('main').innerText(), /Draf|draf/);
  } finally {
    await close();
  }
});

test('a paired kiosk without JavaScript takes an answer the plain way and thanks', { timeout: 120_000 }, async () => {
  const { context, close } = await phone({ javaScriptEnabled: false });
  try {
    const desk = await context.newPage();
    await signedIn(desk, server.base, 'manager');
    await desk.goto(`${server.base}/admin/s/demo/kiosks`);
    await desk.fill('#in-name', 'Tablet tanpa skrip');
    await desk.selectOption('#in-unit', 'dukcapil');
    await desk.click('form.admin-form button[type=submit]');
    const code = (await desk.locator('.pair-code').innerText()).trim();
    const page = await context.newPage();
    await page.goto(`${server.base}/kiosk/pair?code=${code.replace(' ', '')}`);
    await page.click('button[type=submit]');
    await page.waitForURL('**/kiosk');
    // Without the script the form is simply there.
    for (const [key, value] of Object.entries({
      used_service: 'ya', undue_delay: '4', no_service: '3', procedure: '3', abuse_of_authority: 'na',
      incompetence: '4', payment_request: '4', impropriety: '4', discrimination: '2', partiality: '3',
      conflict_of_interest: '4',
    })) {
      await page.locator(`label.option:has(input[name="${key}"][value="${value}"])`).click();
    }
    await page.click('.submit-bar button[type=submit]');
    await page.waitForURL('**/kiosk?sent=1');
    assert.match(await page.locator('#kiosk-thanks').innerText(), /Jawaban Anda tersimpan/);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 360, `the kiosk page scrolls sideways: ${wide}px`);
    await desk.goto(`${server.base}/admin/s/demo/kiosks`);
    assert.match(await desk.locator('#kiosks tbody tr', { hasText: 'Tablet tanpa skrip' }).innerText(), /\t1\t/);
  } finally {
    await close();
  }
});
