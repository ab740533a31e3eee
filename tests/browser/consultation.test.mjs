// Public consultation (uji publik) on a 360×740 phone: a manager creates
// one with two drafted components; a citizen replies without JavaScript
// (a missing choice shown beside its component first), another with
// JavaScript after switching to English (axe runs on the pages with
// JavaScript: it is a script); the manager sees the figures,
// answers each component, writes the final text and closes it after a
// confirmation; the record and the public page show the answers. axe-core
// finds nothing on any page, and none scrolls sideways.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, phone, signedIn, axeViolations } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server?.stop());

const SLUG = 'uji-izin-mikro';

async function clean(page, what) {
  const found = await axeViolations(page);
  assert.deepEqual(found, [], `${what}: ${found.join('\n')}`);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 360, `${what} scrolls sideways: ${wide}px`);
}

function day(offset) {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

async function send(page) {
  // A person reads before sending; a form sent at once is set aside.
  await page.waitForTimeout(4_500);
  await page.click('#uji-form .submit-bar button[type=submit]');
  await page.waitForURL(`**/k/${SLUG}/thanks`);
}

test('a consultation is created, answered by citizens and by its agency, and published', { timeout: 180_000 }, async () => {
  const manager = await phone({ javaScriptEnabled: true });
  const plain = await phone({ javaScriptEnabled: false });
  const scripted = await phone({ javaScriptEnabled: true });
  for (const p of [manager, plain, scripted]) p.context.setDefaultTimeout(15_000);
  try {
    const page = await manager.context.newPage();
    await signedIn(page, server.base, 'manager');
    await page.goto(`${server.base}/admin/a/kab-klungkung`);
    await page.click('text=Uji publik standar pelayanan');
    await page.waitForURL('**/admin/a/kab-klungkung/consultations');
    await clean(page, 'the list, empty');
    await page.click('text=Buat uji publik');
    await clean(page, 'the new form');
    await page.fill('#in-title', 'Uji publik izin usaha mikro');
    await page.fill('#in-slug', SLUG);
    await page.fill('#in-service', 'Izin Usaha Mikro');
    await page.fill('#in-opens', day(-1));
    await page.fill('#in-closes', day(30));
    await page.click('form.admin-form button[type=submit]');
    assert.match(await page.locator('#err-draft_legal_basis').innerText(), /paling sedikit satu/);
    await clean(page, 'the new form, mistake');
    await page.fill('#in-draft_requirements', 'KTP, NIB dan fotokopi KTP');
    await page.fill('#in-draft_time', '7 hari kerja');
    await page.click('form.admin-form button[type=submit]');
    await page.waitForURL(`**/admin/k/${SLUG}`);
    await clean(page, 'the consultation, no replies');

    // Without JavaScript: a forgotten choice is shown beside its component.
    const citizen = await plain.context.newPage();
    await citizen.goto(`${server.base}/k/${SLUG}`);
    assert.match(await citizen.locator('h1').innerText(), /izin usaha mikro/);
    await citizen.check('#in-v-requirements-agree');
    await citizen.fill('#in-c-time', 'Terlalu lama, mohon 2 hari');
    await citizen.click('#uji-form .submit-bar button[type=submit]');
    assert.match(await citizen.locator('#err-v-time').innerText(), /Pilih Setuju atau Tidak setuju/);
    assert.equal(await citizen.locator('#in-c-time').inputValue(), 'Terlalu lama, mohon 2 hari');
    await citizen.check('#in-v-time-disagree');
    await send(citizen);

    // With JavaScript, in English after the switch.
    const other = await scripted.context.newPage();
    await other.goto(`${server.base}/k/${SLUG}`);
    await clean(other, 'the citizen form');
    await other.click('#uji-form .submit-bar button[type=submit]');
    assert.match(await other.locator('#err-v-requirements').innerText(), /Pilih Setuju/);
    await clean(other, 'the citizen form, mistake');
    await other.click('.lang-switch');
    await other.waitForSelector('text=Comment or suggestion');
    await clean(other, 'the citizen form in English');
    await other.check('#in-v-requirements-agree');
    await other.check('#in-v-time-agree');
    await send(other);
    await clean(other, 'thanks');

    await page.goto(`${server.base}/admin/k/${SLUG}`);
    const body = await page.locator('main').innerText();
    assert.match(body, /2 dari 2 setuju/);
    assert.match(body, /1 dari 2 setuju/);
    assert.match(body, /Terlalu lama, mohon 2 hari/);
    await clean(page, 'the consultation with replies');

    for (const [key, decision, reason, final] of [
      ['requirements', 'partly', 'Fotokopi KTP tidak lagi diminta', 'KTP dan NIB'],
      ['time', 'accepted', 'Proses daring memungkinkan', '2 hari kerja'],
    ]) {
      await page.goto(`${server.base}/admin/k/${SLUG}/c/${key}`);
      await clean(page, `the answer to ${key}`);
      await page.selectOption('#in-decision', decision);
      await page.fill('#in-reason', reason);
      await page.fill('#in-final_text', final);
      await page.click('form.admin-form button[type=submit]');
      await page.waitForURL(`**/admin/k/${SLUG}*`);
    }
    await page.goto(`${server.base}/admin/k/${SLUG}/final`);
    await page.fill('#in-final_text', 'Persyaratan: KTP dan NIB. Waktu: 2 hari kerja.');
    await page.click('form.admin-form button[type=submit]');
    await page.goto(`${server.base}/admin/k/${SLUG}/close`);
    await clean(page, 'closing, asked');
    await page.click('form.admin-form button[type=submit]');
    await page.waitForURL(`**/admin/k/${SLUG}`);
    assert.match(await page.locator('main').innerText(), /Selesai dan diumumkan/);
    await clean(page, 'the consultation, answered');
    await page.goto(`${server.base}/admin/k/${SLUG}/record`);
    assert.match(await page.locator('article').innerText(), /Diterima sebagian/);
    await clean(page, 'the record');

    // An assessor reads it all and is offered no change.
    const assessor = await phone({ javaScriptEnabled: true });
    try {
      const look = await assessor.context.newPage();
      await signedIn(look, server.base, 'assessor');
      await look.goto(`${server.base}/admin/k/${SLUG}`);
      assert.match(await look.locator('main').innerText(), /Terlalu lama, mohon 2 hari/);
      assert.equal(await look.locator(`a[href="/admin/k/${SLUG}/close"]`).count(), 0);
      assert.equal(await look.locator(`a[href^="/admin/k/${SLUG}/c/"]`).count(), 0);
      await clean(look, 'the consultation, as the assessor');
      await look.goto(`${server.base}/admin/k/${SLUG}/record`);
      await clean(look, 'the record, as the assessor');
    } finally {
      await assessor.close();
    }

    // A member of the public finds it from the agency's public page.
    const pub = await scripted.context.newPage();
    await pub.goto(`${server.base}/p/kab-klungkung`);
    await clean(pub, 'the agency\'s public page');
    await Promise.all([pub.waitForURL(`**/uji/${SLUG}`), pub.click(`#consultations a[href="/uji/${SLUG}"]`)]);
    const text = await pub.locator('main').innerText();
    assert.match(text, /2 hari kerja/);
    assert.match(text, /Proses daring memungkinkan/);
    assert.match(text, /Terlalu lama, mohon 2 hari/);
    await clean(pub, 'the public page');
    await pub.goto(`${server.base}/uji/${SLUG}?lang=en`);
    assert.match(await pub.locator('main').innerText(), /Partly accepted/);
    await clean(pub, 'the public page in English');
  } finally {
    await manager.close();
    await plain.close();
    await scripted.close();
  }
});
