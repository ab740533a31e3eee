// A journalist reads which forms of maladministration users met, on a
// 360×740 phone: the method note says which method the survey follows and
// that its cut-offs are estimates, the predicate sits beside the score, and
// the table of forms has its caption and headers, scrolls inside its own
// region rather than the page, and passes axe with 0 violations.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, phone, axeViolations } from './harness.mjs';

let server;

/** One response through the API; `money` answers the payment question. */
async function respond(unit, money) {
  const def = await (await fetch(`${server.base}/api/v1/surveys/demo`)).json();
  const answers = {
    used_service: 'ya', undue_delay: 4, no_service: 4, procedure: 4, abuse_of_authority: 4,
    incompetence: 4, payment_request: money, impropriety: 4, discrimination: 4, partiality: 4,
    conflict_of_interest: 4,
  };
  const res = await fetch(`${server.base}/api/v1/surveys/demo/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: def.token, unit, answers }),
  });
  assert.equal(res.status, 201, await res.text());
}

before(async () => {
  server = await startServer();
  for (let i = 0; i < 30; i++) await respond('dpmptsp', i < 3 ? 1 : 4);
});
after(() => server?.stop());

test('the forms met, the predicate and the method note read on a phone', async () => {
  const { context, close } = await phone({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await page.goto(`${server.base}/s/demo/results`);
    const note = await page.locator('#method-note').innerText();
    assert.match(note, /Penilaian Maladministrasi Ombudsman RI 2025, versi 1/);
    assert.match(note, /belum dipublikasikan Ombudsman RI; ini perkiraan/);
    assert.match(await page.locator('#predicate').innerText(), /Belum dapat disimpulkan/);
    const table = page.locator('#prevalence');
    assert.equal(await table.locator('caption').innerText(), 'Bentuk maladministrasi yang dialami');
    assert.equal(await table.locator('thead th').count(), 4);
    assert.equal(await table.locator('tbody th[scope="row"]').count(), 10);
    const money = await table.locator('tr[data-form="payment_request"]').innerText();
    assert.match(money, /10,00 %/);
    assert.match(money, /3,46–25,62 %/);
    // The page does not scroll sideways at 360 px.
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 360, `page is ${wide} px wide`);
    const found = await axeViolations(page);
    assert.deepEqual(found, [], found.join('\n'));
  } finally {
    await close();
  }
});
