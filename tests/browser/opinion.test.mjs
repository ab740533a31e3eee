// An assessor enters the regency's figures for the Ombudsman opinion and
// sees the composite, its label and where the users and the paper
// disagree; the page has no accessibility violations.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, phone, repoRoot, signedIn, axeViolations } from './harness.mjs';

const shots = join(repoRoot, 'tests/browser/artifacts');
mkdirSync(shots, { recursive: true });

/** Three responses to `slug`, every scale item answered 3 (a score of 75). */
async function threes(base, slug, used) {
  for (let i = 0; i < 3; i++) {
    const def = await (await fetch(`${base}/api/v1/surveys/${slug}`)).json();
    const answers = { used_service: used };
    for (const item of def.items) if (item.kind === 'scale') answers[item.key] = 3;
    const res = await fetch(`${base}/api/v1/surveys/${slug}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: def.token, unit: 'dukcapil', answers }),
    });
    assert.equal(res.status, 201, await res.text());
  }
}

let server;
before(async () => {
  server = await startServer();
  await threes(server.base, 'demo', 'ya');
  await threes(server.base, 'demo-trust', 'ya-12');
});
after(() => server?.stop());

test('an assessor enters figures and sees the composite', async () => {
  const { context, close } = await phone({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await signedIn(page, server.base, 'assessor', { next: '/admin/opinion' });
    await Promise.all([
      page.waitForURL(/\/admin\/a\/kab-klungkung\/opinion/),
      page.click('a[href^="/admin/a/kab-klungkung/opinion"]'),
    ]);
    await Promise.all([page.waitForURL(/\/opinion\/edit/), page.click('a[href*="/opinion/edit"]')]);
    for (const [key, value] of [['input', '81'], ['standards', '98'], ['output', '70'], ['complaints', '60']]) {
      await page.fill(`#in-${key}`, value);
    }
    await page.selectOption('#in-followed_up', 'yes');
    await Promise.all([
      page.waitForURL(/\/admin\/a\/kab-klungkung\/opinion\?/),
      page.click('form.admin-form button[type=submit]'),
    ]);
    // 0.175·(81 + (98 + 75)/2 + 70 + 60) + 0.3·75 = 52.0625 + 22.5 = 74.56.
    assert.match(await page.locator('#composite').innerText(), /^74,56/);
    assert.match(await page.locator('#label').innerText(), /Kualitas Sedang.*Tanpa Maladministrasi/);
    assert.match(await page.locator('#disagree').innerText(), /tidak sejalan/);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `no sideways scrolling at 360 px (${width})`);
    await page.screenshot({ path: join(shots, 'opinion.png'), fullPage: true });
    assert.deepEqual(await axeViolations(page), []);
  } finally {
    await close();
  }
});
