// An agency manager signs in, creates and publishes a survey, opens its QR
// poster; a citizen answers it through the embed on the agency's own
// website (another origin), and the response shows up for the agency. A
// site that is not on the survey's list cannot show it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, phone, repoRoot, signedIn } from './harness.mjs';

const shots = join(repoRoot, 'tests/browser/artifacts');
mkdirSync(shots, { recursive: true });

let server;
const hosts = [];

/** A stand-in for an agency's website on its own port: one page with the snippet. */
async function hostSite(snippet) {
  const http = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="id"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1"><title>Dinas</title></head>
      <body><h1>Dinas Kependudukan</h1><p>Beri penilaian layanan kami:</p>${snippet}</body></html>`);
  });
  await new Promise((ok) => http.listen(0, '127.0.0.1', ok));
  hosts.push(http);
  return `http://127.0.0.1:${http.address().port}`;
}

before(async () => { server = await startServer(); });
after(() => { server?.stop(); hosts.forEach((h) => h.close()); });

const ANSWERS = {
  used_service: 'ya', undue_delay: '4', no_service: '4', procedure: '3', abuse_of_authority: 'na',
  incompetence: '4', payment_request: '2', impropriety: '4', discrimination: '4', partiality: '3',
  conflict_of_interest: '4',
};

test('a manager publishes a survey and a citizen answers it embedded in the agency site', async () => {
  const snippet = `<script src="${server.base}/embed.js" data-survey="layanan-2027" data-unit="dukcapil" async></script>`;
  const allowed = await hostSite(snippet);
  const elsewhere = await hostSite(snippet);
  const { context, close } = await phone({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    // Sign in.
    await page.goto(`${server.base}/admin`);
    assert.match(page.url(), /\/admin\/login/, 'the admin pages ask to sign in first');
    await signedIn(page, server.base, 'manager');
    // Create the survey from the agency's page.
    await page.click('a[href="/admin/a/kab-klungkung"]');
    await page.click('a[href="/admin/a/kab-klungkung/surveys/new"]');
    await page.fill('#in-slug', 'layanan-2027');
    await page.fill('#in-title', 'Survei Persepsi Layanan 2027');
    // Only the two counters this survey is for.
    for (const box of await page.locator('input[name="units"]').all()) {
      const v = await box.getAttribute('value');
      if (['dukcapil', 'dpmptsp'].includes(v)) await box.check(); else await box.uncheck();
    }
    await page.fill('#in-origins', allowed);
    await Promise.all([page.waitForURL('**/admin/s/layanan-2027'), page.click('form.admin-form button[type=submit]')]);
    assert.match(await page.locator('dd.status').innerText(), /Draf/);
    // Publish.
    await Promise.all([page.waitForURL('**/status?to=open'), page.click('text=Buka survei untuk warga')]);
    await Promise.all([page.waitForURL('**/admin/s/layanan-2027'), page.click('text=Ya, buka survei')]);
    assert.match(await page.locator('dd.status').innerText(), /Dibuka/);
    assert.match(await page.locator('#embed-snippet').inputValue(), /embed\.js" data-survey="layanan-2027"/);
    await page.screenshot({ path: join(shots, 'admin-survey.png'), fullPage: true });
    // The poster for the Dukcapil counter, as it prints.
    await page.click('a[href="/admin/s/layanan-2027/poster?u=dukcapil"]');
    await page.waitForSelector('.poster-qr svg');
    assert.match(await page.locator('.poster-unit').innerText(), /Kependudukan/);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.no-print').isVisible(), false, 'the print button is not printed');
    const qr = await page.locator('.poster-qr svg').boundingBox();
    assert.ok(qr.width > 150, `the QR code is ${qr.width}px wide in print`);
    await page.screenshot({ path: join(shots, 'poster-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // A citizen on the agency's website.
    const citizen = await context.newPage();
    const consoleLines = [];
    citizen.on('console', (m) => consoleLines.push(m.text()));
    await citizen.goto(allowed);
    const frameEl = await citizen.waitForSelector('iframe[src*="/embed/layanan-2027"]');
    assert.equal(await frameEl.getAttribute('loading'), 'lazy');
    const frame = await frameEl.contentFrame();
    await frame.waitForSelector('#survey-form');
    const before = (await frameEl.boundingBox()).height;
    for (const [key, value] of Object.entries(ANSWERS)) {
      await frame.locator(`label.option:has(input[name="${key}"][value="${value}"])`).click();
    }
    await frame.locator('.submit-bar button[type=submit]').click();
    await frame.waitForURL('**/embed/layanan-2027/thanks*');
    await frame.waitForSelector('h1');
    // The frame follows its content's height.
    await citizen.waitForFunction(
      (h) => document.querySelector('iframe').getBoundingClientRect().height !== h, before);
    await citizen.screenshot({ path: join(shots, 'embed-thanks.png'), fullPage: true });

    // The agency sees the response.
    await page.goto(`${server.base}/admin/s/layanan-2027`);
    assert.equal(await page.locator('#responses').innerText(), '1');

    // A site not on the list gets an empty frame.
    const stranger = await context.newPage();
    const refused = [];
    stranger.on('console', (m) => refused.push(m.text()));
    await stranger.goto(elsewhere);
    const blocked = await stranger.waitForSelector('iframe');
    await stranger.waitForTimeout(1500);
    const inner = await blocked.contentFrame();
    const forms = inner ? await inner.locator('#survey-form').count().catch(() => 0) : 0;
    assert.equal(forms, 0, 'the survey must not render inside a site that is not allowed');
    assert.ok(refused.some((l) => /frame-ancestors|Refused to frame/i.test(l)), `Chromium refused the frame: ${refused.join(' | ')}`);
  } finally {
    await close();
  }
});
