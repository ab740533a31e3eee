// The agency's year in a real browser: a manager writes a follow-up action
// and marks it done, publishes a finished period; a citizen or journalist
// reads the agency's public page on a phone with JavaScript off; an
// assessor issues a certificate and anyone verifies it, a forged code is
// refused. Every page: axe-core finds nothing (with JavaScript on).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startServer, phone, signedIn, axeViolations } from './harness.mjs';

let server;
before(async () => { server = await startServer({ responses: 40 }); });
after(() => server?.stop());

async function noViolations(page, what) {
  const found = await axeViolations(page);
  assert.deepEqual(found, [], `${what}: ${found.join('\n')}`);
}

test('a manager writes a follow-up action, completes it and publishes a period', async () => {
  const { context, close } = await phone({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await signedIn(page, server.base, 'manager');
    await page.goto(`${server.base}/admin/s/demo`);
    await page.click('text=Rencana tindak lanjut');
    await page.waitForURL(/\/admin\/s\/demo\/plan/);
    await noViolations(page, 'plan page');
    // The weakest element's own link opens the form with it chosen.
    await page.click('table a[href*="/plan/new"] >> nth=0');
    await noViolations(page, 'new action form');
    await page.fill('#in-action', 'Papan alur layanan di depan loket');
    await page.fill('#in-owner', 'Kepala Seksi Pelayanan');
    // A wrong date is named beside the field, the rest kept.
    await page.fill('#in-due_on', '');
    await page.click('form.admin-form button[type=submit]');
    assert.match(await page.textContent('#err-due_on'), /Tulis tanggal seperti/);
    assert.equal(await page.inputValue('#in-owner'), 'Kepala Seksi Pelayanan');
    await page.fill('#in-due_on', '2030-06-30');
    await page.click('form.admin-form button[type=submit]');
    await page.waitForURL(/\/admin\/s\/demo\/plan\?period=/);
    assert.match(await page.textContent('#flash'), /Tersimpan/);
    assert.match(await page.textContent('main'), /Papan alur layanan di depan loket/);
    // Done, with its evidence.
    await page.click('table.plan tbody a:has-text("Ubah status")');
    await page.selectOption('#in-status', 'done');
    await page.fill('#in-evidence', 'Papan dipasang; foto di arsip');
    await page.click('form.admin-form button[type=submit]');
    await page.waitForURL(/\/admin\/s\/demo\/plan\?period=/);
    assert.match(await page.textContent('main'), /Selesai/);
    assert.match(await page.textContent('main'), /foto di arsip/);
    // Publishing asks for a confirmation first.
    await page.goto(`${server.base}/admin/s/demo/publish`);
    await noViolations(page, 'publish page');
    const first = page.locator('form[action="/admin/s/demo/publish"]').first();
    await first.locator('input[name=confirm]').check();
    await first.locator('button').click();
    await page.waitForURL(/\/publish$/);
    assert.match(await page.textContent('main'), /Diterbitkan/);
  } finally {
    await close();
  }
});

test('the public page reads on a phone without JavaScript, light, and passes axe', async () => {
  const off = await phone({ javaScriptEnabled: false });
  try {
    const page = await off.context.newPage();
    const res = await page.goto(`${server.base}/p/kota-balikpapan`);
    assert.equal(res.status(), 200);
    assert.match(res.headers()['cache-control'], /public, max-age=300/);
    const text = await page.textContent('main');
    assert.match(text, /380 jawaban/);
    assert.match(text, /Naik, lebih dari kebetulan/, 'the plan moved the element');
    assert.match(text, /1 dari 1 tindakan|Rencana periode/);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 360, `no sideways scrolling at 360 px (${wide})`);
  } finally {
    await off.close();
  }
  const bytes = await new Promise((ok, fail) => {
    http.get(`${server.base}/p/kota-balikpapan`, { headers: { 'accept-encoding': 'gzip' } }, (r) => {
      let n = 0;
      r.on('data', (c) => { n += c.length; });
      r.on('end', () => ok(n));
    }).on('error', fail);
  });
  console.log(`page weight /p/kota-balikpapan (gzip html): ${bytes} B`);
  assert.ok(bytes <= 20 * 1024, `the public page's HTML is ${bytes} B, over the 20 KB budget`);
  const on = await phone({ javaScriptEnabled: true });
  try {
    const page = await on.context.newPage();
    await page.goto(`${server.base}/p/kota-balikpapan`);
    await noViolations(page, 'public page');
    await page.goto(`${server.base}/p/kota-balikpapan/dpmptsp/badge`);
    await noViolations(page, 'badge page');
    const svg = await fetch(`${server.base}/p/kota-balikpapan/dpmptsp/badge.svg`);
    assert.equal(svg.headers.get('content-type'), 'image/svg+xml; charset=utf-8');
  } finally {
    await on.close();
  }
});

test('an assessor issues a certificate, anyone verifies it, a forged code is refused', async () => {
  const { context, close } = await phone({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await signedIn(page, server.base, 'assessor');
    await page.goto(`${server.base}/admin/a/kota-balikpapan/certificates`);
    await noViolations(page, 'certificates page');
    await page.check('input[name=confirm]');
    await page.click('text=Terbitkan rapor');
    await page.waitForURL(/\/v\/[0-9A-Z]{10}$/);
    const url = page.url();
    assert.match(await page.textContent('main'), /Sertifikat ini asli/);
    await noViolations(page, 'certificate');
    const anyone = await fetch(url);
    assert.equal(anyone.status, 200);
    const forged = await fetch(`${server.base}/v/ZZZZZ99999`);
    assert.equal(forged.status, 404);
    assert.match(await forged.text(), /Kode tidak dikenal/);
  } finally {
    await close();
  }
});
