// An assessor signs in, filters the ranking, opens a dashboard and
// downloads the scores and the responses as CSV.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, phone, repoRoot, signedIn, axeViolations, score } from './harness.mjs';

const shots = join(repoRoot, 'tests/browser/artifacts');
mkdirSync(shots, { recursive: true });

let server;
before(async () => {
  server = await startServer();
  // A few responses through the public API, for two counters.
  for (const [unit, grade] of [['dukcapil', 4], ['dukcapil', 3], ['dpmptsp', 2]]) {
    const def = await (await fetch(`${server.base}/api/v1/surveys/demo`)).json();
    const answers = { used_service: 'ya' };
    for (const item of def.items) if (item.kind === 'scale') answers[item.key] = grade;
    const res = await fetch(`${server.base}/api/v1/surveys/demo/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: def.token, unit, answers }),
    });
    assert.equal(res.status, 201, await res.text());
  }
});
after(() => server?.stop());

test('an assessor filters the ranking and downloads a CSV', async () => {
  const { context, close } = await phone({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await signedIn(page, server.base, 'assessor', { next: '/admin/ranking' });
    // Units in Bali: with three answers, none can be ranked yet.
    await page.selectOption('#in-level', 'unit');
    await page.selectOption('#in-region', 'Bali');
    await Promise.all([page.waitForURL(/level=unit/), page.click('form.filters button[type=submit]')]);
    assert.equal(await page.locator('#ranking tbody tr').count(), 0);
    const rows = page.locator('#unranked tbody tr');
    assert.equal(await rows.count(), 2);
    assert.match(await rows.nth(0).innerText(), /Kependudukan/);
    assert.match(await page.locator('#ranking-count').innerText(), /^2 /);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `no sideways scrolling at 360 px (${width})`);
    await page.screenshot({ path: join(shots, 'ranking.png'), fullPage: true });

    // The scores, as a file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const file = await download.path();
    const csv = readFileSync(file, 'utf8');
    const lines = csv.trim().split('\r\n');
    // For a spreadsheet in the Indonesian locale: a byte-order mark and `;`.
    assert.ok(csv.startsWith('\ufeff'), 'a byte-order mark');
    assert.match(lines[0], /^rank;agency;agency_name;kind;region;unit;unit_name;sector;n;/);
    assert.equal(lines.length, 3, 'a header and the two units shown');
    assert.match(lines[1], /kab-klungkung/);

    // A unit's dashboard: the score and its charts.
    await rows.nth(0).locator('a').click();
    await page.waitForSelector('.score-card');
    assert.equal(await page.locator('svg[role=img]').count(), 2, 'question chart and trend chart');
    await page.screenshot({ path: join(shots, 'dashboard.png'), fullPage: true });

    // Every response, from the export page.
    await page.goto(`${server.base}/admin/exports`);
    await page.selectOption('#in-file', 'responses.csv');
    const [responses] = await Promise.all([page.waitForEvent('download'), page.click('form.admin-form button[type=submit]')]);
    const text = readFileSync(await responses.path(), 'utf8');
    assert.equal(text.trim().split('\r\n').length, 4, 'a header and three responses');
    // The page followed the rows as they came.
    await page.waitForSelector('#export-progress:not([hidden])');
    assert.match(await page.locator('#export-progress').innerText(), /Selesai/);
    assert.equal(await page.locator('#export-bar').getAttribute('max'), '3');
  } finally {
    await close();
  }
});

test('an assessor reviews a flagged batch and counts it back in', async () => {
  // Three answers whose hidden trap field was filled: stored, left out.
  for (let i = 0; i < 3; i++) {
    const html = await (await fetch(`${server.base}/s/demo?u=dukcapil`)).text();
    const token = html.match(/name="token" value="([^"]+)"/)[1];
    const body = new URLSearchParams({
      token, unit: 'dukcapil', used_service: 'ya', undue_delay: '4', no_service: '4',
      procedure: '4', abuse_of_authority: '4', incompetence: '4', payment_request: '4',
      impropriety: '4', discrimination: '4', partiality: '4', conflict_of_interest: '4',
      website: 'http://example.com',
    });
    const res = await fetch(`${server.base}/s/demo`, { method: 'POST', body, redirect: 'manual' });
    assert.equal(res.status, 303);
  }
  const before = await score(server.base, 'demo');
  assert.equal(before.suspect_excluded, 3);
  const { context, close } = await phone({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await signedIn(page, server.base, 'assessor', { next: '/admin/s/demo' });
    await Promise.all([page.waitForURL('**/admin/s/demo/review'), page.click('a[href="/admin/s/demo/review"]')]);
    assert.match(await page.locator('table.review tbody').innerText(), /kolom jebakan terisi 3/);
    assert.deepEqual(await axeViolations(page), []);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `the review page is ${width}px wide`);
    await page.screenshot({ path: join(shots, 'review.png'), fullPage: true });
    // Nothing happens until the assessor confirms.
    await page.locator('table.review input[name="confirm"]').check();
    await Promise.all([page.waitForURL('**/review?restored=3'), page.click('table.review button[type=submit]')]);
    assert.match(await page.locator('.notice').innerText(), /3 jawaban dihitung kembali/);
    assert.match(await page.locator('table.review tbody').innerText(), /Sudah dihitung kembali/);
  } finally {
    await close();
  }
  const after = await score(server.base, 'demo');
  assert.equal(after.n, before.n + 3);
  assert.equal(after.suspect_excluded, 0);
});
