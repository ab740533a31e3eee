// An admin invites an agency manager; the manager opens the one-time link
// in a browser of their own, chooses a password, signs in, reads the
// citizens' comments for one counter, makes service codes and prints them
// as slips; the activity log shows the invite. At 1280 px with JavaScript
// and at 360 px without, with axe on every page.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, phone, repoRoot, signedIn, axeViolations } from './harness.mjs';

const shots = join(repoRoot, 'tests/browser/artifacts');
mkdirSync(shots, { recursive: true });
const HOSTILE = '<script>alert("x")</script> Antrean loket lama sekali';
const PASSWORD = 'gunung-batur-2026';

let server;
before(async () => {
  server = await startServer();
  const def = await (await fetch(`${server.base}/api/v1/surveys/demo`)).json();
  const answers = { used_service: 'ya', comment: HOSTILE };
  for (const item of def.items) if (item.kind === 'scale') answers[item.key] = 4;
  const res = await fetch(`${server.base}/api/v1/surveys/demo/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: def.token, unit: 'dukcapil', answers }),
  });
  assert.equal(res.status, 201, await res.text());
  const browser = await phone({ javaScriptEnabled: true });
  checker = { ...browser, page: await browser.context.newPage() };
});
after(async () => {
  await checker?.close();
  server?.stop();
});

// axe runs in the page, which needs JavaScript: a page seen without it is
// checked as the same document (and style sheet) in a page that has it.
let checker;
async function clean(page, where, javaScriptEnabled) {
  let target = page;
  if (!javaScriptEnabled) {
    const html = await page.content();
    target = checker.page;
    await target.goto(`${server.base}/healthz`);
    await target.setContent(html, { waitUntil: 'load' });
  }
  assert.deepEqual(await axeViolations(target), [], `axe on ${where}`);
}

async function submit(page, selector, url) {
  await Promise.all([page.waitForURL(url), page.click(selector)]);
}

for (const [width, javaScriptEnabled] of [[1280, true], [360, false]]) {
  test(`a manager is invited and gets to work (${width} px, JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
    const email = `baru-${width}@uji.id`;
    const admin = await phone({ javaScriptEnabled });
    const invited = await phone({ javaScriptEnabled });
    try {
      // The admin invites a manager of Klungkung.
      const page = await admin.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await signedIn(page, server.base, 'admin', { next: '/admin/people' });
      await clean(page, 'accounts', javaScriptEnabled);
      await submit(page, 'a[href="/admin/people/new"]', /\/admin\/people\/new$/);
      await clean(page, 'invite form', javaScriptEnabled);
      await page.fill('#in-email', email);
      await page.selectOption('#in-role', 'manager');
      await page.selectOption('#in-agency', 'kab-klungkung');
      await page.click('form.admin-form button[type=submit]');
      await page.waitForSelector('#invite-link');
      const link = await page.inputValue('#invite-link');
      assert.match(link, /\/admin\/invite\/[0-9a-f]{64}$/);
      await clean(page, 'invite link', javaScriptEnabled);

      // The invited manager, in a browser of their own.
      const mine = await invited.context.newPage();
      await mine.setViewportSize({ width, height: 900 });
      mine.on('dialog', (d) => { assert.fail(`a dialog opened: ${d.message()}`); });
      await mine.goto(link);
      assert.match(await mine.locator('.lead').innerText(), new RegExp(email));
      await clean(mine, 'choose a password', javaScriptEnabled);
      await mine.fill('#in-new', PASSWORD);
      await submit(mine, 'form.admin-form button[type=submit]', /\/admin\/login$/);
      assert.match(await mine.locator('#flash').innerText(), /Kata sandi tersimpan/);
      await clean(mine, 'sign in after the invite', javaScriptEnabled);
      await mine.fill('#in-email', email);
      await mine.fill('#in-password', PASSWORD);
      await submit(mine, 'form.admin-form button[type=submit]', `${server.base}/admin`);

      // The comments of one counter, as text.
      await mine.goto(`${server.base}/admin/s/demo/comments`);
      await mine.selectOption('#f-unit', 'dukcapil');
      await submit(mine, 'form.filters button[type=submit]', /unit=dukcapil/);
      assert.equal(await mine.locator('.comment-text').first().innerText(), HOSTILE);
      await clean(mine, 'comments', javaScriptEnabled);
      const scroll = await mine.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scroll <= width, `no sideways scrolling (${scroll})`);
      await mine.screenshot({ path: join(shots, `comments-${width}.png`), fullPage: true });

      // Three codes for the counter, printed as slips.
      await mine.goto(`${server.base}/admin/a/kab-klungkung`);
      await mine.locator('details.codes', { has: mine.locator('#count-dukcapil') }).locator('summary').click();
      await mine.fill('#count-dukcapil', '3');
      await mine.click('form[action$="/u/dukcapil/codes"] button[type=submit]');
      await mine.waitForSelector('.code-list');
      assert.equal(await mine.locator('.code-list li').count(), 3);
      await clean(mine, 'codes made', javaScriptEnabled);
      await mine.click('form[action$="/codes/slips"] button[type=submit]');
      await mine.waitForSelector('.slip-sheet');
      assert.equal(await mine.locator('.slip').count(), 3);
      assert.equal(await mine.locator('.slip-qr svg').count(), 3);
      assert.match(await mine.locator('.slip-code').first().innerText(), /^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
      await clean(mine, 'slips', javaScriptEnabled);
      await mine.screenshot({ path: join(shots, `slips-${width}.png`), fullPage: true });

      // The admin finds the invite in the activity log.
      await page.goto(`${server.base}/admin/audit`);
      await page.selectOption('#f-action', 'account.invite');
      await submit(page, 'form.filters button[type=submit]', /action=account.invite/);
      assert.match(await page.locator('table.audit').innerText(), new RegExp(email));
      await clean(page, 'activity log', javaScriptEnabled);
      if (javaScriptEnabled) await validHtml(page, mine, link);
    } finally {
      await admin.close();
      await invited.close();
    }
  });
}

/**
 * The pages as the server sends them, read by the Nu HTML checker: zero
 * errors. `admin` and `manager` are signed-in pages (their cookies carry
 * the sessions); `link` is a used invite (its page says so).
 */
async function validHtml(admin, manager, link) {
  const dir = mkdtempSync(join(tmpdir(), 'persepsi-vnu-'));
  try {
    const files = [];
    const save = async (name, res) => {
      const file = join(dir, `${name}.html`);
      writeFileSync(file, await res.text());
      files.push([file, name]);
    };
    const get = (who, path) => who.request.get(`${server.base}${path}`, { maxRedirects: 0 });
    await save('people', await get(admin, '/admin/people'));
    await save('people-new', await get(admin, '/admin/people/new'));
    await save('audit', await get(admin, '/admin/audit'));
    await save('invite-used', await admin.request.get(link));
    await save('comments', await get(manager, '/admin/s/demo/comments?unit=dukcapil'));
    await save('posters', await get(manager, '/admin/s/demo/posters'));
    await save('poster', await get(manager, '/admin/s/demo/poster?u=dukcapil'));
    const agency = await (await get(manager, '/admin/a/kab-klungkung')).text();
    const csrf = agency.match(/name="csrf" value="([^"]+)"/)[1];
    const made = await manager.request.post(`${server.base}/admin/a/kab-klungkung/u/dukcapil/codes`, {
      form: { csrf, count: '2', days: '' },
    });
    const madeHtml = await made.text();
    writeFileSync(join(dir, 'codes.html'), madeHtml);
    files.push([join(dir, 'codes.html'), 'codes']);
    const codes = madeHtml.match(/name="codes" value="([^"]+)"/)[1];
    await save('slips', await manager.request.post(`${server.base}/admin/a/kab-klungkung/u/dukcapil/codes/slips`, {
      form: { csrf, codes, survey: 'demo' },
    }));
    const vnu = createRequire(import.meta.url)('vnu-jar');
    let out = '';
    try {
      execFileSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...files.map(([f]) => f)], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      out = String(e.stderr);
    }
    const names = new Map(files.map(([f, p]) => [`file:${f}`, p]));
    const messages = out ? JSON.parse(out).messages : [];
    const lines = messages.map((m) => `${names.get(m.url) ?? m.url}:${m.lastLine}: ${m.message} ${m.extract ?? ''}`);
    assert.deepEqual(lines, [], `vnu found errors:\n${lines.join('\n')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

