// A bad network: the citizen loses the connection before sending, reloads
// the page while still offline, and the connection comes back. Exactly one
// response is stored, holding every answer.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, phone, score } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server?.stop());

const ANSWERS = {
  used_service: 'ya', undue_delay: '4', no_service: '3', procedure: '3', abuse_of_authority: 'na',
  incompetence: '4', payment_request: '4', impropriety: '4', discrimination: '2', partiality: '3',
  conflict_of_interest: '4',
};

test('offline before sending, a reload, back online: one response with every answer', async () => {
  const before = await score(server.base, 'demo');
  const { context, close } = await phone({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await page.goto(`${server.base}/s/demo?u=dukcapil`);
    await page.waitForSelector('.progress[data-ready="true"]');
    // The form is kept for an offline reload once the service worker has it.
    await page.waitForFunction(async () => {
      const c = await caches.open('persepsi-forms-v1');
      return !!(await c.match(location.href)) && (await c.keys()).length >= 3;
    }, null, { timeout: 15_000 });
    for (const [key, value] of Object.entries(ANSWERS)) {
      await page.locator(`label.option:has(input[name="${key}"][value="${value}"])`).click();
    }
    await page.fill('#in-comment', 'Sinyal di loket lemah.');

    await context.setOffline(true);
    await page.click('.submit-bar button[type=submit]');
    const status = page.locator('.send-status');
    await status.waitFor({ state: 'visible' });
    await page.waitForSelector('.send-status[data-state="waiting"]');
    assert.match(await status.innerText(), /Belum terkirim/);

    // Reload without a connection: the page comes from the device, with
    // every answer still there.
    await page.reload();
    await page.waitForSelector('.progress[data-ready="true"]');
    assert.equal(await page.locator('input[name="discrimination"][value="2"]').isChecked(), true);
    assert.equal(await page.locator('#in-comment').inputValue(), 'Sinyal di loket lemah.');
    await page.waitForSelector('.send-status[data-state="waiting"]');

    // The connection returns: it goes by itself, once.
    await context.setOffline(false);
    await page.waitForURL('**/s/demo/thanks*', { timeout: 20_000 });
    assert.match(await page.locator('h1').innerText(), /Terima kasih/);
  } finally {
    await close();
  }
  const after = await score(server.base, 'demo');
  assert.equal(after.n, before.n + 1, 'exactly one response');
  // Every scored answer is in it: each item's count grew by one, except the
  // one answered "not applicable".
  for (const item of after.items) {
    const was = before.items.find((i) => i.key === item.key)?.n ?? 0;
    const want = ANSWERS[item.key] === 'na' ? was : was + 1;
    assert.equal(item.n, want, item.key);
  }
});

test('answers survive a reload, but the next visit on a shared phone starts clean', async () => {
  const { context, close } = await phone({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await page.goto(`${server.base}/s/demo?u=dukcapil`);
    await page.waitForSelector('.progress[data-ready="true"]');
    await page.locator('label.option:has(input[name="undue_delay"][value="3"])').click();
    await page.fill('#in-comment', 'Setengah jalan');
    await page.reload();
    await page.waitForSelector('.progress[data-ready="true"]');
    assert.equal(await page.locator('input[name="undue_delay"][value="3"]').isChecked(), true, 'kept over a reload');
    assert.equal(await page.locator('#in-comment').inputValue(), 'Setengah jalan');
    // The next person opens the survey afresh.
    await page.goto(`${server.base}/`);
    await page.goto(`${server.base}/s/demo?u=dukcapil`);
    await page.waitForSelector('.progress[data-ready="true"]');
    assert.equal(await page.locator('input[name="undue_delay"]:checked').count(), 0, 'a fresh visit is empty');
    assert.equal(await page.locator('#in-comment').inputValue(), '');
  } finally {
    await close();
  }
});
