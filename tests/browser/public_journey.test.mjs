// A journalist reads a survey's public results on a 360×740 phone: one
// verdict, each figure in a plain sentence with more on demand, the period
// and when it was updated, a unit's own results, the figures downloaded as
// CSV. A developer at 1280 px reads the API's documentation. A manager
// makes a read-only token and revokes it, asked first. Each with
// JavaScript on and off (these pages need none), axe at 0 violations on
// every page visited, and nothing fetched from another site.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, phone, axeViolations, signedIn, repoRoot } from './harness.mjs';

const shots = join(repoRoot, 'tests/browser/artifacts');
mkdirSync(shots, { recursive: true });

let server;

const ANSWERS = {
  used_service: 'ya', undue_delay: 4, no_service: 4, procedure: 3, abuse_of_authority: 'na',
  incompetence: 4, payment_request: 2, impropriety: 4, discrimination: 4, partiality: 3,
  conflict_of_interest: 4,
};

/** One response through the API, as a kiosk sends it. */
async function respond(unit) {
  const def = await (await fetch(`${server.base}/api/v1/surveys/demo`)).json();
  const res = await fetch(`${server.base}/api/v1/surveys/demo/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: def.token, unit, answers: ANSWERS }),
  });
  assert.equal(res.status, 201, await res.text());
}

before(async () => {
  server = await startServer();
  for (const unit of ['dukcapil', 'dukcapil', 'dpmptsp']) await respond(unit);
});
after(() => server?.stop());

/** Requests `page` makes to any other origin than the server's. */
function outsiders(page) {
  const seen = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(server.base) && !url.startsWith('data:')) seen.push(url);
  });
  return seen;
}

/**
 * axe at 0 violations. It runs inside the page, which a browser with
 * JavaScript off does not allow; these pages carry no script, so the same
 * HTML is checked on the walk with JavaScript on.
 */
async function axeClean(page, where, javaScriptEnabled) {
  if (!javaScriptEnabled) return;
  const found = await axeViolations(page);
  assert.deepEqual(found, [], `${where}:\n${found.join('\n')}`);
}

for (const javaScriptEnabled of [true, false]) {
  const js = javaScriptEnabled ? 'JavaScript on' : 'JavaScript off';

  test(`a journalist reads the results on a phone (${js})`, async () => {
    const { context, close } = await phone({ javaScriptEnabled });
    try {
      const page = await context.newPage();
      const elsewhere = outsiders(page);
      await page.goto(`${server.base}/s/demo/results`);
      // One verdict, in words.
      const verdict = await page.locator('#verdict').innerText();
      assert.match(verdict, /^Belum cukup jawaban untuk menentukan zona: 3 dari \d+ yang diperlukan\.$/);
      assert.equal(await page.locator('.band').count(), 1);
      assert.equal(await page.getByText('Zona Hijau').count(), 0);
      // Each figure in a plain sentence; the explanation opens on demand.
      assert.match(await page.locator('#n-means p').first().innerText(), /^3 orang menjawab/);
      const more = page.locator('#ci details');
      assert.equal(await more.locator('p').isVisible(), false);
      await more.locator('summary').click();
      assert.ok(await more.locator('p').isVisible(), 'the explanation opens');
      assert.match(await more.locator('p').innerText(), /95 kali/);
      assert.match(await page.locator('#scale-meaning').innerText(), /4 = “Tidak sama sekali” \(paling baik\)/);
      // The period and when it was updated.
      assert.match(await page.locator('#period').innerText(), /^Semua jawaban, \d{4}-\d\d-\d\d sampai/);
      assert.match(await page.locator('#updated').innerText(), /^Terakhir diperbarui: .* WIB/);
      if (javaScriptEnabled) {
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 360, `${width} px wide at 360 px`);
      }
      await axeClean(page, 'results', javaScriptEnabled);
      await page.screenshot({ path: join(shots, `results-public-${javaScriptEnabled ? 'js' : 'nojs'}.png`), fullPage: true });
      // The figures as open data.
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#csv')]);
      const csv = readFileSync(await download.path(), 'utf8');
      assert.ok(csv.startsWith('\ufeffperiod,unit,unit_name,item'), csv.slice(0, 80));
      const whole = csv.split('\r\n')[1].split(',');
      assert.equal(whole[5], '3', 'n, as on the page');
      assert.equal(whole[6].replace('.', ','), await page.locator('#score').innerText());
      // One unit's own results, and the way back.
      await Promise.all([page.waitForURL(/u=dukcapil/), page.click('#units a[href*="u=dukcapil"]')]);
      assert.match(await page.locator('#unit-shown').innerText(), /Dinas Kependudukan/);
      assert.equal(await page.locator('#n').innerText(), '2');
      await axeClean(page, 'one unit', javaScriptEnabled);
      assert.deepEqual(elsewhere, [], 'nothing is fetched from another site');
    } finally {
      await close();
    }
  });

  test(`a developer reads the API documentation at 1280 px (${js})`, async () => {
    const { context, close } = await phone({ javaScriptEnabled });
    try {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      const elsewhere = outsiders(page);
      // From the results page's open-data area.
      await page.goto(`${server.base}/s/demo/results`);
      await Promise.all([page.waitForURL('**/api/docs'), page.click('.open-data a[href="/api/docs"]')]);
      assert.match(await page.locator('h1').innerText(), /Persepsi API/);
      const op = page.locator('#op-get-api-v1-surveys');
      assert.match(await op.locator('h3').innerText(), /GET\s+\/api\/v1\/surveys/);
      assert.match(await op.locator('pre code').innerText(), /^curl ".*\/api\/v1\/surveys"$/);
      assert.match(await op.innerText(), /Siapa saja, tanpa token/);
      const codes = page.locator('#op-post-api-v1-agencies-agency-units-unit-codes');
      assert.match(await codes.innerText(), /Perlu token API/);
      assert.match(await codes.locator('pre code').innerText(), /Authorization: Bearer/);
      // A schema is one link away.
      await op.locator('a[href="#schema-SurveyList"]').click();
      assert.ok(await page.locator('#schema-SurveyList').isVisible());
      await axeClean(page, 'api docs', javaScriptEnabled);
      await page.screenshot({ path: join(shots, `api-docs-${javaScriptEnabled ? 'js' : 'nojs'}.png`) });
      assert.deepEqual(elsewhere, [], 'nothing is fetched from another site');
    } finally {
      await close();
    }
  });

  test(`a manager makes a read-only token and revokes it, asked first (${js})`, async () => {
    const { context, close } = await phone({ javaScriptEnabled });
    try {
      const page = await context.newPage();
      await signedIn(page, server.base, 'manager');
      await page.goto(`${server.base}/admin/tokens`);
      await page.fill('#in-name', `kios ${js}`);
      await page.check('#in-scope-read');
      await page.check('#in-expires-30');
      await page.fill('#in-password', 'persepsi-demo');
      await Promise.all([page.waitForLoadState(), page.click('form.admin-form button[type=submit]')]);
      assert.match(await page.locator('#new-token').innerText(), /^psp_/);
      assert.match(await page.locator('.notice').innerText(), /hanya membaca · berlaku sampai \d{4}-\d\d-\d\d/);
      await axeClean(page, 'tokens', javaScriptEnabled);
      const row = page.locator('li', { hasText: `kios ${js}` });
      await Promise.all([page.waitForURL(/\/revoke$/), row.getByRole('link', { name: 'Cabut' }).click()]);
      assert.match(await page.locator('h1').innerText(), new RegExp(`Cabut token “kios ${js}”\\?`));
      await axeClean(page, 'revoke question', javaScriptEnabled);
      await Promise.all([page.waitForURL('**/admin/tokens'), page.click('button.warning')]);
      assert.match(await page.locator('li', { hasText: `kios ${js}` }).innerText(), /dicabut/);
    } finally {
      await close();
    }
  });
}
