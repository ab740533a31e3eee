// An agency manager runs a survey, on a desktop (1280 px, JavaScript on)
// and on a phone (360 px, JavaScript on and off): a new survey ticks no unit and
// its boxes sit beside their names, only the band tables that fit the
// questionnaire are offered, the draft is previewed (nothing saved),
// opening and closing ask first, the embed code comes per unit (copied
// with one tap where JavaScript runs), "check your site" names what to
// add, a site not on the list shows a link instead of an empty frame, and
// a closed survey reopens. axe finds nothing on any page visited.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { startServer, phone, signedIn, axeViolations } from './harness.mjs';

const vnu = createRequire(import.meta.url)('vnu-jar');
/** Each page axe read, as the server sent it: [where, html]. */
const seen = [];

let server;
const hosts = [];

/** A stand-in for an agency's website on a port of its own, holding `snippet`. */
async function hostSite(snippet) {
  const http = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Dinas</title></head>
      <body><h1>Dinas</h1>${snippet}</body></html>`);
  });
  await new Promise((ok) => http.listen(0, '127.0.0.1', ok));
  hosts.push(http);
  return `http://127.0.0.1:${http.address().port}`;
}

before(async () => { server = await startServer(); });
after(() => { server?.stop(); hosts.forEach((h) => h.close()); });

/**
 * Asserts that axe finds nothing on the page. axe is a script: with
 * JavaScript off it cannot run, and the same pages are checked by the
 * runs with it on, at both widths.
 */
async function clean(page, where) {
  if (!page.context()._persepsiJs) return;
  // The same address again, as the server sends it, for the HTML checker.
  seen.push([where, await (await page.request.get(page.url())).text()]);
  const found = await axeViolations(page);
  assert.deepEqual(found, [], `${where}: ${found.join('\n')}`);
}

/** Clicks `selector` and waits for the page it leads to. */
async function follow(page, selector, url) {
  await Promise.all([page.waitForURL(url), page.click(selector)]);
}

for (const { width, js } of [{ width: 1280, js: true }, { width: 360, js: true }, { width: 360, js: false }]) {
  test(`a manager runs a survey at ${width} px, JavaScript ${js ? 'on' : 'off'}`, async () => {
    const slug = `kelola-${width}-${js ? 'js' : 'html'}`;
    const { context, close } = await phone({ javaScriptEnabled: js });
    context._persepsiJs = js;
    try {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await signedIn(page, server.base, 'manager');
      await page.goto(`${server.base}/admin/a/kab-klungkung/surveys/new`);
      await clean(page, 'new survey');
      // No unit ticked; each box beside its name, not over it.
      assert.equal(await page.locator('input[name="units"]:checked').count(), 0);
      for (const label of await page.locator('label.option:has(input[name="units"])').all()) {
        const box = await label.locator('input').boundingBox();
        const name = await label.locator('span').boundingBox();
        assert.ok(box.x + box.width <= name.x, `box ${JSON.stringify(box)} overlaps ${JSON.stringify(name)}`);
      }
      // Names for people; the SKM table is not offered beside the default questionnaire.
      const instruments = await page.locator('#in-instrument option').allInnerTexts();
      assert.ok(instruments.includes('Survei Kepuasan Masyarakat (SKM), versi 2'), instruments.join(' | '));
      const bands = await page.locator('#in-bands option').allInnerTexts();
      assert.ok(bands.some((b) => b.startsWith('Opini Ombudsman RI 2025')), bands.join(' | '));
      assert.ok(!bands.some((b) => b.includes('SKM')), bands.join(' | '));
      if (js) {
        // Another questionnaire: the list follows at once.
        const first = await page.locator('#in-instrument').inputValue();
        await page.selectOption('#in-instrument', { label: 'Survei Kepuasan Masyarakat (SKM), versi 2' });
        await page.waitForFunction(() => [...document.querySelectorAll('#in-bands option')]
          .every((o) => o.textContent.includes('SKM')));
        // No method reads SKM: only "none" is left, and chosen.
        await page.waitForFunction(() => document.querySelectorAll('#in-method option').length === 1);
        assert.equal(await page.inputValue('#in-method'), '');
        await page.selectOption('#in-instrument', first);
        await page.waitForFunction(() => [...document.querySelectorAll('#in-bands option')]
          .every((o) => !o.textContent.includes('SKM')));
        // Back: the methods that read it, the new survey's default chosen.
        await page.waitForFunction(() => document.querySelectorAll('#in-method option').length > 1
          && document.querySelector('#in-method').value !== '');
      }

      await page.fill('#in-slug', slug);
      await page.fill('#in-title', `Layanan ${width}`);
      await page.check('input[name="units"][value="dukcapil"]');
      await page.check('input[name="units"][value="dpmptsp"]');
      await follow(page, 'form.admin-form button[type=submit]', `**/admin/s/${slug}`);
      await clean(page, 'draft');
      assert.match(await page.locator('dd.status').innerText(), /Draf/);
      // No site allowed yet: no code, but how to allow one.
      assert.equal(await page.locator('#embed-none').isVisible(), true);
      assert.equal(await page.locator('#embed-snippet').count(), 0);

      // The preview: the citizen's form under a banner; sending it saves nothing.
      await follow(page, `a[href="/admin/s/${slug}/preview"]`, `**/admin/s/${slug}/preview`);
      assert.match(await page.locator('#preview-banner').innerText(), /Pratinjau: jawaban tidak disimpan/);
      await clean(page, 'preview');
      await follow(page, '#survey-form button[type=submit]', `**/admin/s/${slug}/preview`);
      assert.match(await page.locator('#preview-sent').innerText(), /tidak disimpan/);
      await clean(page, 'preview sent');

      // Opening asks first, and says the questionnaire then stays.
      await page.goto(`${server.base}/admin/s/${slug}`);
      await follow(page, 'text=Buka survei untuk warga', '**/status?to=open');
      assert.match(await page.locator('main').innerText(), /tidak dapat diubah lagi/);
      await clean(page, 'confirm open');
      await follow(page, 'text=Ya, buka survei', `**/admin/s/${slug}`);
      assert.match(await page.locator('dd.status').innerText(), /Dibuka/);

      // Allow one site; the codes come, one per unit.
      const allowed = await hostSite('');
      await page.goto(`${server.base}/admin/s/${slug}/edit`);
      await page.fill('#in-origins', allowed);
      await follow(page, 'form.admin-form button[type=submit]', `**/admin/s/${slug}`);
      const code = await page.locator('#embed-snippet-dukcapil').inputValue();
      assert.match(code, new RegExp(`data-survey="${slug}" data-unit="dukcapil"`));
      assert.match(code, /data-persepsi-link/);
      const copy = page.locator('button.copy[data-copy="embed-snippet-dukcapil"]');
      if (js) {
        await copy.click();
        await page.waitForFunction(() => /disalin/.test(
          document.querySelector('button.copy[data-copy="embed-snippet-dukcapil"]').parentNode.innerText));
      } else {
        assert.equal(await copy.isVisible(), false, 'no button that cannot work');
        assert.equal(await page.locator('#embed-snippet-dukcapil').getAttribute('readonly'), '');
      }
      await clean(page, 'open survey');

      // "Check your site": another site is named, with what to add.
      await page.fill('#in-site', 'http://127.0.0.1:9/berita');
      await follow(page, 'form.check-form button[type=submit]', /site=/);
      assert.match(await page.locator('#site-check-result').innerText(), /http:\/\/127\.0\.0\.1:9 belum boleh/);
      await clean(page, 'site checked');

      if (js) {
        // On a site not on the list, the frame goes and the link stays.
        const elsewhere = await hostSite(code);
        const stranger = await context.newPage();
        await stranger.goto(elsewhere);
        await stranger.waitForSelector('iframe', { state: 'detached', timeout: 15_000 });
        assert.equal(await stranger.locator('[data-persepsi-link] a').isVisible(), true);
        await stranger.close();
      }

      // Closing: a danger button, asked first; then it reopens.
      await follow(page, `a.danger[href="/admin/s/${slug}/status?to=closed"]`, '**/status?to=closed');
      await clean(page, 'confirm close');
      await follow(page, 'text=Ya, tutup survei', `**/admin/s/${slug}`);
      assert.match(await page.locator('dd.status').innerText(), /Ditutup/);
      assert.equal((await fetch(`${server.base}/s/${slug}?u=dukcapil`)).status, 410);
      await follow(page, 'text=Buka lagi survei', '**/status?to=open');
      await clean(page, 'confirm reopen');
      await follow(page, 'text=Ya, buka lagi', `**/admin/s/${slug}`);
      assert.match(await page.locator('dd.status').innerText(), /Dibuka/);
      assert.equal((await fetch(`${server.base}/s/${slug}?u=dukcapil`)).status, 200, 'the poster works again');
    } finally {
      await close();
    }
  });
}

test('the pages the manager saw are valid HTML', () => {
  assert.ok(seen.length >= 8, `${seen.length} pages kept`);
  const dir = mkdtempSync(join(tmpdir(), 'persepsi-vnu-'));
  try {
    const files = seen.map(([where, html], i) => {
      const file = join(dir, `page-${i}.html`);
      writeFileSync(file, html);
      return [file, where];
    });
    let out = '';
    try {
      execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...files.map(([f]) => f)], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      out = String(e.stderr);
    }
    const names = new Map(files.map(([f, w]) => [`file:${f}`, w]));
    const messages = out ? JSON.parse(out).messages : [];
    const lines = messages.map((m) => `${names.get(m.url) ?? m.url}:${m.lastLine}: ${m.message} ${m.extract ?? ''}`);
    assert.deepEqual(lines, [], `vnu found errors:\n${lines.join('\n')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
