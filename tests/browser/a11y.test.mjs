// axe-core (WCAG 2.1 A and AA) on every citizen page and every admin page,
// in Chromium at 360×740, in Bahasa Indonesia and in English; and no page
// scrolls sideways at that width.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, phone, axeViolations, signedIn } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server?.stop());

async function check(page, url, report) {
  const res = await page.goto(url);
  const found = await axeViolations(page);
  report.push(...found.map((f) => `${url} [${res.status()}]: ${f}`));
  // And no sideways scrolling on a 360 px phone.
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > 360) report.push(`${url}: ${width} px wide at 360 px`);
}

test('the checker itself finds a violation where there is one', async () => {
  const { context, close } = await phone({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await page.setContent('<html lang="id"><title>x</title><main><img src="data:,"><input></main></html>');
    const found = await axeViolations(page);
    assert.ok(found.some((f) => f.startsWith('image-alt')), found.join('\n'));
    assert.ok(found.some((f) => f.startsWith('label')), found.join('\n'));
  } finally {
    await close();
  }
});

test('citizen pages have no WCAG 2.1 AA violations', async () => {
  const report = [];
  const { context, close } = await phone({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    for (const lang of ['id', 'en']) {
      await check(page, `${server.base}/s/demo?lang=${lang}`, report);
      await check(page, `${server.base}/s/demo?u=dukcapil&lang=${lang}`, report);
      await check(page, `${server.base}/s/demo-skm?lang=${lang}`, report);
      await check(page, `${server.base}/s/demo-trust?lang=${lang}`, report);
      await check(page, `${server.base}/p/kab-klungkung?lang=${lang}`, report);
      await check(page, `${server.base}/v/ZZZZZ99999?lang=${lang}`, report);
      await check(page, `${server.base}/s/demo/thanks?lapor=1`, report);
      await check(page, `${server.base}/s/demo/results`, report);
      await check(page, `${server.base}/embed/demo`, report);
      await check(page, `${server.base}/`, report);
      await check(page, `${server.base}/s/nowhere`, report);
    }
    // The form sent back with messages beside the fields.
    await page.goto(`${server.base}/s/demo`);
    await page.click('.submit-bar button[type=submit]');
    await page.waitForSelector('#error-summary');
    report.push(...(await axeViolations(page)).map((f) => `form with errors: ${f}`));
  } finally {
    await close();
  }
  assert.deepEqual(report, [], report.join('\n'));
});

test('admin pages have no WCAG 2.1 AA violations', async () => {
  const report = [];
  const { context, close } = await phone({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await check(page, `${server.base}/admin/login`, report);
    await signedIn(page, server.base, 'admin');
    for (const path of [
      '/admin',
      '/admin/a/kab-klungkung',
      '/admin/a/kab-klungkung/edit',
      '/admin/a/kab-klungkung/units/new',
      '/admin/a/kab-klungkung/u/dukcapil/edit',
      '/admin/a/kab-klungkung/surveys/new',
      '/admin/agencies/new',
      '/admin/s/demo',
      '/admin/s/demo/edit',
      '/admin/s/demo/review',
      '/admin/s/demo/poster?u=dukcapil',
      '/admin/ranking?level=unit',
      '/admin/dashboard/kab-klungkung',
      '/admin/dashboard/kab-klungkung/dukcapil',
      '/admin/exports',
      '/admin/tokens',
      '/admin/password',
      '/admin/a/nowhere',
    ]) {
      await check(page, `${server.base}${path}`, report);
    }
    // A form sent back with messages.
    await page.goto(`${server.base}/admin/a/kab-klungkung/units/new`);
    await page.click('form.admin-form button[type=submit]');
    await page.waitForSelector('#error-summary');
    report.push(...(await axeViolations(page)).map((f) => `unit form with errors: ${f}`));
  } finally {
    await close();
  }
  assert.deepEqual(report, [], report.join('\n'));
});
