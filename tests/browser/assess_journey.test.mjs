// The assessor's journey, at 1280 px with JavaScript and at 360 px
// without: picks the SKM questionnaire in the ranking's filter, follows a
// unit to its SKM dashboard, reads whole chart labels and numbers that
// never wrap, and downloads the scores as CSV (for Excel) and XLSX; and
// the same walk at 360 px with JavaScript off.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, phone, repoRoot, signedIn, axeViolations } from './harness.mjs';

const shots = join(repoRoot, 'tests/browser/artifacts');
mkdirSync(shots, { recursive: true });

/** A fresh Chromium profile at desktop size. */
async function desktop({ javaScriptEnabled }) {
  const profile = mkdtempSync(join(tmpdir(), 'persepsi-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    viewport: { width: 1280, height: 800 },
    javaScriptEnabled,
    locale: 'id-ID',
    acceptDownloads: true,
  });
  const close = async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); };
  return { context, close };
}

/** Fields of a `;`-separated CSV, quotes honoured. */
function parseCsv(text, sep) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) { rows.at(-1).push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { rows.at(-1).push(field); field = ''; rows.push([]); i++; }
    else field += c;
  }
  if (field !== '' || rows.at(-1).length) rows.at(-1).push(field);
  if (rows.at(-1).length === 0) rows.pop();
  return rows;
}

/** Cells (matching `selector`) whose text runs over more than one line. */
async function wrappedCells(page, selector) {
  return page.evaluate((sel) => [...document.querySelectorAll(sel)].filter((cell) => {
    if (!cell.textContent.trim()) return false;
    const range = document.createRange();
    range.selectNodeContents(cell);
    const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    return tops.size > 1;
  }).map((c) => c.textContent), selector);
}

let server;
before(async () => {
  server = await startServer();
  // Answers to Balikpapan's SKM survey, through the public API.
  for (const grade of [4, 3, 4, 2, 3]) {
    const def = await (await fetch(`${server.base}/api/v1/surveys/demo-skm`)).json();
    const answers = {};
    for (const item of def.items) if (item.kind === 'scale') answers[item.key] = grade;
    const res = await fetch(`${server.base}/api/v1/surveys/demo-skm/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: def.token, unit: 'dpmptsp', answers }),
    });
    assert.equal(res.status, 201, await res.text());
  }
});
after(() => server?.stop());

// Axe and the measurements run scripts in the page, so they need
// JavaScript; without it the same walk checks what a user sees and does.
for (const [width, javaScriptEnabled] of [[1280, true], [360, true], [360, false]]) {
  test(`an assessor at ${width} px (JavaScript ${javaScriptEnabled ? 'on' : 'off'}) follows the SKM ranking to a unit's SKM dashboard`, { timeout: 60_000 }, async () => {
    const { context, close } = width === 360 ? await phone({ javaScriptEnabled }) : await desktop({ javaScriptEnabled });
    try {
      const page = await context.newPage();
      const js = javaScriptEnabled;
      const axe = async () => (js ? axeViolations(page) : []);
      const wrapped = async (sel) => (js ? wrappedCells(page, sel) : []);
      await signedIn(page, server.base, 'assessor', { next: '/admin/ranking' });
      assert.deepEqual(await axe(), []);
      // The menu names questionnaires in words, never by their keys.
      const names = await page.locator('#in-instrument option').allInnerTexts();
      assert.ok(names.includes('Survei Kepuasan Masyarakat (SKM), versi 2'), names.join(' | '));
      assert.ok(names.every((n) => !n.includes('@')), names.join(' | '));
      await page.selectOption('#in-instrument', { label: 'Survei Kepuasan Masyarakat (SKM), versi 2' });
      await page.selectOption('#in-level', 'unit');
      await Promise.all([page.waitForURL(/instrument=skm/), page.click('form.filters button[type=submit]')]);
      assert.deepEqual(await axe(), []);
      assert.match(await page.locator('#ranking-order').innerText(), /#1 yang terbaik/);
      // Five answers: shown apart, with why.
      const unit = page.locator('#unranked tbody tr', { hasText: 'Balikpapan' });
      assert.match(await unit.innerText(), /sampel belum cukup \(5 dari 30\)/);
      assert.deepEqual(await wrapped('td.num, th.num'), [], 'no number wraps');
      const split = !js ? 1 : await page.evaluate(() => {
        const cell = [...document.querySelectorAll('#unranked th a')].find((a) => a.textContent.includes('Penanaman'));
        const text = cell.firstChild;
        const at = text.textContent.indexOf('Penanaman');
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 'Penanaman'.length);
        return range.getClientRects().length;
      });
      assert.equal(split, 1, 'a word stays whole');
      const wide = !js ? 0 : await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(wide <= width, `the page is ${wide}px wide`);
      if (js) await page.screenshot({ path: join(shots, `journey-ranking-${width}.png`), fullPage: true });

      // The scores as a file for Excel: a byte-order mark, `;`, whole rows.
      const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
      const text = readFileSync(await csv.path(), 'utf8');
      assert.ok(text.startsWith('\ufeff'), 'a byte-order mark');
      const rows = parseCsv(text.slice(1), ';');
      assert.equal(rows[0][0], 'rank');
      assert.ok(rows.length >= 2 && rows.every((r) => r.length === rows[0].length), 'every row has every column');
      assert.ok(rows.some((r) => r[1] === 'kota-balikpapan' && /^\d+,\d\d$/.test(r[12])), 'a decimal comma');
      const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('#export-xlsx')]);
      const book = readFileSync(await xlsx.path());
      assert.equal(book.subarray(0, 2).toString(), 'PK', 'an XLSX (zip) file');

      // The unit's dashboard keeps the questionnaire.
      await Promise.all([page.waitForURL(/\/admin\/dashboard\/kota-balikpapan\/dpmptsp\?instrument=skm%402/), unit.locator('a').click()]);
      assert.match(await page.locator('p.lead').innerText(), /Survei Kepuasan Masyarakat \(SKM\), versi 2/);
      await page.waitForSelector('.score-card');
      const labels = await page.locator('svg[aria-labelledby="items-title"] text.chart-label').allTextContents();
      assert.equal(labels.length, 9, labels.join(' | '));
      assert.ok(labels.includes('U1 Persyaratan'), labels.join(' | '));
      assert.ok(labels.every((l) => !l.includes('…')), 'whole short names');
      // Chart text is at least 12 CSS px on screen.
      const smallest = !js ? 12 : await page.evaluate(() => Math.min(...[...document.querySelectorAll('figure.chart svg')].flatMap((svg) => {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      })));
      assert.ok(smallest >= 12, `chart text is ${smallest.toFixed(1)} px`);
      assert.deepEqual(await wrapped('td.num, th.num, .score-card .score, .score-card .figure'), [], 'no number wraps');
      assert.deepEqual(await axe(), []);
      if (js) await page.screenshot({ path: join(shots, `journey-dashboard-${width}.png`), fullPage: true });

      // Its filter form: another period, the questionnaire kept.
      await page.click('#dashboard-filters summary');
      await page.fill('#in-period', '2026');
      await Promise.all([page.waitForURL(/period=2026/), page.click('form.filters button[type=submit]')]);
      assert.match(page.url(), /instrument=skm%402/);
      assert.match(page.url(), /unit=dpmptsp/);
      assert.match(await page.locator('h1').innerText(), /Penanaman Modal/);
      assert.deepEqual(await axe(), []);
    } finally {
      await close();
    }
  });
}

// The manager reaches a unit's dashboard from the filter form, at both
// sizes, without typing an address.
for (const width of [1280, 360]) {
  test(`a manager at ${width} px picks a unit and a period in the dashboard's filters`, { timeout: 60_000 }, async () => {
    const { context, close } = width === 360 ? await phone({ javaScriptEnabled: true }) : await desktop({ javaScriptEnabled: true });
    try {
      const page = await context.newPage();
      await signedIn(page, server.base, 'manager', { next: '/admin/dashboard/kab-klungkung' });
      assert.deepEqual(await axeViolations(page), []);
      await page.click('#dashboard-filters summary');
      const names = await page.locator('#in-instrument option').allInnerTexts();
      assert.ok(names.length > 0 && names.every((n) => /, versi \d+$/.test(n)), names.join(' | '));
      await page.selectOption('#in-unit', 'dukcapil');
      await page.fill('#in-period', '2026');
      await Promise.all([page.waitForURL(/unit=dukcapil/), page.click('form.filters button[type=submit]')]);
      assert.match(await page.locator('h1').innerText(), /Kependudukan/);
      assert.match(await page.locator('p.lead').innerText(), /2026/);
      assert.deepEqual(await axeViolations(page), []);
      // Back to the provider keeps the questionnaire and the period.
      const back = await page.locator('p.agency a').getAttribute('href');
      assert.match(back, /instrument=maladministration-perception%40\d&period=2026/);
    } finally {
      await close();
    }
  });
}
