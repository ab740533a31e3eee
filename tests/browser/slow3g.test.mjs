// First usable paint of the citizen's form on a slow 3G connection
// (WebPageTest's "3G Slow": 400 ms round trip, 400 kbit/s each way),
// emulated by Chromium's DevTools protocol, with JavaScript on and off.
// Prints the figures; fails above 2 s.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, phone } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server?.stop());

const SLOW_3G = {
  offline: false,
  latency: 400,
  downloadThroughput: (400 * 1000) / 8,
  uploadThroughput: (400 * 1000) / 8,
};

for (const javaScriptEnabled of [false, true]) {
  test(`slow 3G, JavaScript ${javaScriptEnabled ? 'on' : 'off'}: the form is usable within 2 s`, async () => {
    const { context, close } = await phone({ javaScriptEnabled });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
      // The stylesheet: with it in, the form is laid out at full size.
      const styled = page.waitForEvent('requestfinished', (r) => r.url().endsWith('.css'));
      const started = Date.now();
      await page.goto(`${server.base}/s/demo`, { waitUntil: 'commit' });
      // Usable: the questions and the send button on screen, styled (the
      // stylesheet applied, so the touch targets are their full size).
      await page.locator('fieldset.item').first().waitFor({ state: 'visible' });
      await page.locator('.submit-bar button[type=submit]').waitFor({ state: 'visible' });
      await styled;
      const usable = Date.now() - started;
      if (javaScriptEnabled) {
        // And the page agrees the style is in.
        const color = await page.evaluate(() => getComputedStyle(document.querySelector('.submit-bar button[type=submit]')).backgroundColor);
        assert.equal(color, 'rgb(11, 92, 173)');
      }
      await page.waitForLoadState('load');
      const loaded = Date.now() - started;
      console.log(`# slow 3G, JavaScript ${javaScriptEnabled ? 'on' : 'off'}: usable (styled) after ${usable} ms, everything loaded after ${loaded} ms`);
      assert.ok(usable <= 2000, `usable after ${usable} ms`);
    } finally {
      await close();
    }
  });
}
