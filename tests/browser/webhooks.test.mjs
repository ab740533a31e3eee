// A manager connects the agency's own system with a webhook: from the
// agency page, a mistake is shown beside its field, the secret once; a
// citizen answers and the delivery appears as delivered on the page, signed
// as the page says (checked by a receiver on the loopback with Node's own
// HMAC); it is sent again with one button, and the webhook removed after a
// confirmation. At 1280 px with JavaScript and at 360 px without, with axe.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { startServer, phone, signedIn, axeViolations } from './harness.mjs';

let server;
let receiver;
let hookUrl;
let secret = '';
const got = [];
let badSignatures = 0;

before(async () => {
  server = await startServer({
    env: {
      PERSEPSI_WEBHOOK_ALLOW_PRIVATE: 'true',
      PERSEPSI_WEBHOOK_BATCH_SECONDS: '1',
      PERSEPSI_WEBHOOK_RETRY_SECONDS: '1',
    },
  });
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      const ts = req.headers['x-persepsi-timestamp'];
      const want = 'sha256=' + createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex');
      if (req.headers['x-persepsi-signature'] !== want) {
        badSignatures += 1;
        res.writeHead(401).end();
        return;
      }
      got.push({ event: req.headers['x-persepsi-event'], delivery: req.headers['x-persepsi-delivery'], body: JSON.parse(body) });
      res.writeHead(204).end();
    });
  });
  await new Promise((ok) => receiver.listen(0, '127.0.0.1', ok));
  hookUrl = `http://127.0.0.1:${receiver.address().port}/hook`;
});
after(async () => {
  server?.stop();
  receiver?.close();
});

async function answer() {
  const def = await (await fetch(`${server.base}/api/v1/surveys/demo`)).json();
  const answers = { used_service: 'ya' };
  for (const item of def.items) if (item.kind === 'scale') answers[item.key] = 4;
  const res = await fetch(`${server.base}/api/v1/surveys/demo/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: def.token, unit: 'dukcapil', answers }),
  });
  assert.equal(res.status, 201, await res.text());
}

async function submit(page, selector) {
  await Promise.all([page.waitForNavigation(), page.click(selector)]);
}

for (const [width, javaScriptEnabled] of [[1280, true], [360, false]]) {
  test(`a manager connects a webhook (${width} px, JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
    const browser = await phone({ javaScriptEnabled });
    try {
      const p = await browser.context.newPage();
      await p.setViewportSize({ width, height: 900 });
      await signedIn(p, server.base, 'manager', { next: '/admin/a/kab-klungkung' });
      await submit(p, 'a[href="/admin/a/kab-klungkung/webhooks"]');
      assert.equal(await p.textContent('h1'), 'Webhook');
      if (javaScriptEnabled) assert.deepEqual(await axeViolations(p), [], 'axe on the empty page');

      // A mistake: an address that is not one, and no event.
      await p.fill('#in-url', 'alamat-sistem-kami');
      await submit(p, 'form.admin-form button[type=submit]');
      assert.equal(await p.getAttribute('#in-url', 'aria-invalid'), 'true');
      assert.match(await p.textContent('.has-error'), /diawali https:\/\//);
      assert.match(await p.content(), /paling sedikit satu kejadian/);

      await p.fill('#in-url', hookUrl);
      await p.check('input[name=events][value="responses.stored"]');
      await submit(p, 'form.admin-form button[type=submit]');
      secret = (await p.textContent('#webhook-secret')).trim();
      assert.equal(secret.length, 64);
      if (javaScriptEnabled) assert.deepEqual(await axeViolations(p), [], 'axe with the secret shown');

      // A citizen answers; the delivery shows as delivered.
      const before = got.length;
      await answer();
      let delivered = false;
      for (let i = 0; i < 60 && !delivered; i += 1) {
        await new Promise((ok) => setTimeout(ok, 500));
        await p.goto(`${server.base}/admin/a/kab-klungkung/webhooks`);
        delivered = (await p.locator('td.delivery-delivered').count()) > 0;
      }
      assert.ok(delivered, 'the page shows the delivery as delivered');
      assert.ok(!(await p.content()).includes(secret), 'the secret is not shown again');
      assert.ok(got.length > before && got.at(-1).event === 'responses.stored');
      assert.equal(badSignatures, 0, 'every delivery is signed as the page says');
      if (javaScriptEnabled) assert.deepEqual(await axeViolations(p), [], 'axe with deliveries');

      // Sent again: the same delivery arrives once more.
      const again = got.at(-1).delivery;
      await submit(p, 'table.deliveries button[type=submit]');
      for (let i = 0; i < 40 && got.filter((g) => g.delivery === again).length < 2; i += 1) {
        await new Promise((ok) => setTimeout(ok, 250));
      }
      assert.equal(got.filter((g) => g.delivery === again).length, 2);

      // Removing asks first.
      await p.click('section.webhook details summary');
      await submit(p, 'section.webhook details button[type=submit]');
      assert.match(await p.content(), /Centang kotak ini untuk menghapus/);
      await p.check('section.webhook input[name=confirm]');
      await submit(p, 'section.webhook details button[type=submit]');
      assert.match(await p.content(), /Belum ada webhook/);
    } finally {
      await browser.close();
    }
  });
}
