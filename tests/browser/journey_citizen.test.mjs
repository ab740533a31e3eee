// The citizen's journey on a 360×740 phone, as a person with little
// schooling would walk it: a "No" at the screening question ends politely
// (JavaScript on and off, both languages) and stores nothing; switching
// the language keeps every answer; the first question is on the first
// screen; errors are pointed out the GOV.UK way, each naming its question,
// posted once; and the forms are measured for length. axe runs on every
// page visited.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, phone, score, axeViolations } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server?.stop());

async function open(javaScriptEnabled, locale = 'id-ID') {
  const { context, close } = await phone({ javaScriptEnabled, locale });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  page.javaScriptOn = javaScriptEnabled;
  return { page, close };
}

// axe runs in the page, so only where JavaScript is on; the JavaScript-on
// walk visits the same pages.
async function noViolations(page, where) {
  if (!page.javaScriptOn) return;
  const found = await axeViolations(page);
  assert.deepEqual(found, [], `${where}:\n${found.join('\n')}`);
}

async function hydrated(page) {
  await page.locator('.progress[data-ready="true"]').waitFor({ state: 'visible', timeout: 20_000 });
}

const tap = (page, key, value) => page.locator(`label.option:has(input[name="${key}"][value="${value}"])`).click();

for (const javaScriptEnabled of [true, false]) {
  const mode = `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;

  test(`${mode}: "Tidak" at the first question ends politely, nothing stored`, async () => {
    const before = (await score(server.base, 'demo')).n;
    const { page, close } = await open(javaScriptEnabled);
    try {
      await page.goto(`${server.base}/s/demo?u=dukcapil`);
      if (javaScriptEnabled) await hydrated(page);
      await tap(page, 'used_service', 'tidak');
      if (javaScriptEnabled) {
        // At once: the ending shows, the rest of the form steps aside.
        const ending = page.locator('.screen-end');
        await ending.waitFor({ state: 'visible' });
        assert.match(await ending.innerText(), /Survei ini untuk orang yang pernah mengurus layanan/);
        assert.equal(await page.locator('#q-undue_delay').isVisible(), false);
        assert.equal(await page.locator('.submit-bar').isVisible(), false);
        await noViolations(page, 'the form, screened out');
        // Changing one's mind brings the form back.
        await tap(page, 'used_service', 'ya');
        assert.equal(await page.locator('#q-undue_delay').isVisible(), true);
        await tap(page, 'used_service', 'tidak');
        await Promise.all([page.waitForLoadState('load'), ending.locator('button').click()]);
      } else {
        assert.equal(await page.locator('.screen-end').isVisible(), false);
        await Promise.all([page.waitForLoadState('load'), page.locator('.screen-next button').click()]);
      }
      assert.match(await page.locator('h1').innerText(), /Terima kasih/);
      assert.match(await page.locator('main').innerText(), /tidak disimpan/);
      assert.equal(await page.locator('.field-error').count(), 0, 'no red error');
      await noViolations(page, 'the screened-out ending');
    } finally {
      await close();
    }
    assert.equal((await score(server.base, 'demo')).n, before, 'nothing counted');
  });

  test(`${mode}: switching the language keeps every answer`, async () => {
    const { page, close } = await open(javaScriptEnabled);
    try {
      await page.goto(`${server.base}/s/demo?u=dukcapil`);
      if (javaScriptEnabled) await hydrated(page);
      await tap(page, 'used_service', 'ya');
      await tap(page, 'undue_delay', '3');
      await page.fill('#in-comment', 'Antrean panjang');
      await Promise.all([page.waitForLoadState('load'), page.click('.lang-switch')]);
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.match(await page.locator('.submit-bar button').innerText(), /Send my answers/);
      assert.equal(await page.locator('input[name="used_service"][value="ya"]').isChecked(), true);
      assert.equal(await page.locator('input[name="undue_delay"][value="3"]').isChecked(), true);
      assert.equal(await page.locator('#in-comment').inputValue(), 'Antrean panjang');
      assert.equal(await page.locator('.error-summary').count(), 0, 'a switch is not a send');
      await noViolations(page, 'the form after switching to English');
      // And back.
      await Promise.all([page.waitForLoadState('load'), page.click('.lang-switch')]);
      assert.equal(await page.getAttribute('html', 'lang'), 'id');
      assert.equal(await page.locator('input[name="undue_delay"][value="3"]').isChecked(), true);
    } finally {
      await close();
    }
  });
}

test('English, JavaScript off: "No" ends politely in English', async () => {
  const { page, close } = await open(false, 'en-GB');
  try {
    await page.goto(`${server.base}/s/demo?u=dukcapil&lang=en`);
    await tap(page, 'used_service', 'tidak');
    await Promise.all([page.waitForLoadState('load'), page.locator('.screen-next button').click()]);
    assert.match(await page.locator('h1').innerText(), /Thank you/);
    assert.match(await page.locator('main').innerText(), /This survey is for people who got a service at this office/);
  } finally {
    await close();
  }
});

test('the first screen says who asks and how long, and holds the first question', async () => {
  const { page, close } = await open(true);
  try {
    await page.goto(`${server.base}/s/demo?u=dukcapil`);
    await hydrated(page);
    const head = await page.locator('.page-head').innerText();
    assert.match(head, /Pemerintah Kabupaten Klungkung ingin tahu pendapat Anda/);
    assert.match(head, /Sekitar 2 menit/);
    assert.match(await page.locator('h2.section').first().innerText(), /Langkah 1 dari 3/);
    // The first question and both its answers, without scrolling.
    const last = await page.locator('label.option:has(input[name="used_service"][value="tidak"])').boundingBox();
    assert.ok(last.y + last.height <= 740, `the first question ends at ${Math.round(last.y + last.height)} px`);
    // Nothing sticks over the questions while scrolling.
    assert.notEqual(await page.locator('.submit-bar').evaluate((e) => getComputedStyle(e).position), 'sticky');
    // The service code sits at the end, unlike the queue number.
    assert.match(await page.locator('label[for="in-code"]').innerText(), /Kode dari petugas/);
    await page.locator('details.about-more summary').click();
    assert.match(await page.locator('details.about-more').innerText(), /Tanyakan kepada petugas/);
    await noViolations(page, 'the form, details open');
  } finally {
    await close();
  }
});

test('with JavaScript on, an incomplete send is posted once and its errors are GOV.UK-style', async () => {
  const { page, close } = await open(true);
  try {
    await page.goto(`${server.base}/s/demo?u=dukcapil`);
    await hydrated(page);
    const posts = [];
    page.on('request', (r) => { if (r.method() === 'POST') posts.push(r.url()); });
    await tap(page, 'used_service', 'ya');
    await tap(page, 'undue_delay', '4');
    await Promise.all([page.waitForLoadState('load'), page.click('.submit-bar button')]);
    await page.locator('#error-summary').waitFor();
    assert.equal(posts.length, 1, `posted ${posts.length} times`);
    assert.match(await page.title(), /^Galat: /);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary', 'focus on the summary');
    const items = await page.locator('#error-summary li').allInnerTexts();
    assert.equal(items.length, 9);
    assert.equal(new Set(items).size, 9, 'no two messages alike');
    assert.match(items[0], /Pertanyaan nomor 3 belum dijawab/);
    // A link lands on the question's first answer.
    await page.locator('#error-summary a').first().click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'in-no_service-1');
    assert.equal(await page.locator('input[name="undue_delay"][value="4"]').isChecked(), true, 'answers kept');
    await noViolations(page, 'the form with errors');
  } finally {
    await close();
  }
});

test('the forms are shorter, and the SKM counter counts what is required', async () => {
  const { page, close } = await open(true);
  try {
    const heights = {};
    for (const slug of ['demo', 'demo-skm']) {
      await page.goto(`${server.base}/s/${slug}`);
      await hydrated(page);
      heights[slug] = await page.evaluate(() => document.documentElement.scrollHeight);
    }
    console.log(`form length at 360 px: maladministration ${heights.demo} px (${(heights.demo / 740).toFixed(1)} screens), SKM ${heights['demo-skm']} px (${(heights['demo-skm'] / 740).toFixed(1)} screens)`);
    // Before: 5,544 and 5,726 px.
    assert.ok(heights.demo < 4400, `maladministration ${heights.demo} px`);
    assert.ok(heights['demo-skm'] < 4000, `SKM ${heights['demo-skm']} px`);
    assert.match(await page.locator('.progress').innerText(), /^0 dari 9 pertanyaan wajib/);
    await tap(page, 'sex', 'p');
    assert.match(await page.locator('.progress').innerText(), /^0 dari 9/, 'an optional answer is not counted');
    await tap(page, 'u1_requirements', '3');
    assert.match(await page.locator('.progress').innerText(), /^1 dari 9/);
  } finally {
    await close();
  }
});
