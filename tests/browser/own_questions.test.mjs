// The agency's own questions, walked as their users walk them on a
// 360×740 phone: a manager adds three questions to the demo survey (one
// asked only after a "Ya"), a mistake shown beside its field, previews
// the phone view and publishes; a citizen answers with JavaScript off
// (the conditional question shown with its note) and on (shown only after
// "Ya"); the score is the one another server gives the same questionnaire
// answers without own questions; the export and its codebook carry the
// questions. axe finds nothing on any page, and none scrolls sideways.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startServer, phone, signedIn, axeViolations, score } from './harness.mjs';

let server;
let plain;
before(async () => {
  server = await startServer();
  plain = await startServer();
});
after(() => {
  server?.stop();
  plain?.stop();
});

async function clean(page, what) {
  const found = await axeViolations(page);
  assert.deepEqual(found, [], `${what}: ${found.join('\n')}`);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(wide <= 360, `${what} scrolls sideways: ${wide}px`);
}

const tap = (page, key, value) => page.locator(`label.option:has(input[name="${key}"][value="${value}"])`).click();

/** The questionnaire's answers, the same on both servers. */
const INSTRUMENT = [
  ['used_service', 'ya'], ['undue_delay', '4'], ['no_service', '4'], ['procedure', '3'],
  ['abuse_of_authority', '4'], ['incompetence', '4'], ['payment_request', '2'], ['impropriety', '4'],
  ['discrimination', '4'], ['partiality', '3'], ['conflict_of_interest', '4'],
];

async function answerInstrument(page) {
  for (const [key, value] of INSTRUMENT) await tap(page, key, value);
}

async function send(page) {
  await Promise.all([page.waitForLoadState('load'), page.click('.submit-bar button')]);
  await page.waitForURL('**/s/demo/thanks**', { timeout: 10_000 }).catch(async () => {
    const summary = await page.locator('#error-summary').innerText().catch(() => '(no summary)');
    throw new Error(`not sent (${page.url()}): ${summary}`);
  });
}

async function addQuestion(page, fields) {
  await page.selectOption('#in-kind', fields.kind);
  await page.fill('#in-text_id', fields.text);
  if (fields.en) await page.fill('#in-text_en', fields.en);
  if (fields.options) await page.fill('#in-options', fields.options);
  // New questions start as required; an optional one is unticked.
  if (fields.required) await page.check('#in-required');
  else await page.uncheck('#in-required');
  if (fields.showIf) await page.selectOption('#in-show_if', fields.showIf);
  await Promise.all([page.waitForLoadState('load'), page.click('form.admin-form button[type=submit]')]);
}

test('a manager adds three questions, previews and publishes them', { timeout: 120_000 }, async () => {
  const { context, close } = await phone({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await signedIn(page, server.base, 'manager');
    await page.goto(`${server.base}/admin/s/demo`);
    await page.click('text=Pertanyaan tambahan dari instansi');
    await page.waitForURL('**/admin/s/demo/questions');
    assert.match(await page.locator('.lead').innerText(), /tidak pernah mengubah nilai ORI atau SKM/);
    await clean(page, 'questions, none');

    // One option only: refused beside the field, what was typed kept.
    await addQuestion(page, { kind: 'single', text: 'Apakah Anda antre lebih dari 30 menit?', options: 'Ya | Yes' });
    assert.match(await page.locator('#err-options').innerText(), /Tulis 2 sampai 12 pilihan/);
    assert.equal(await page.locator('#in-text_id').inputValue(), 'Apakah Anda antre lebih dari 30 menit?');
    await clean(page, 'questions, a mistake');
    await page.fill('#in-text_en', 'Did you queue for more than 30 minutes?');
    await page.fill('#in-options', 'Ya | Yes\nTidak | No');
    await page.check('#in-required');
    await Promise.all([page.waitForLoadState('load'), page.click('form.admin-form button[type=submit]')]);
    await addQuestion(page, {
      kind: 'scale5', text: 'Seberapa nyaman ruang tunggunya?', en: 'How comfortable was the waiting room?', required: true, showIf: 'own-1=1',
    });
    await addQuestion(page, { kind: 'number', text: 'Berapa menit Anda menunggu?', en: 'How many minutes did you wait?' });
    const list = await page.locator('ol.own-questions').innerText();
    assert.match(list, /14\. Apakah Anda antre/);
    assert.match(list, /Hanya jika|Jawab hanya jika/);
    assert.match(list, /16\. Berapa menit/);
    assert.match(await page.locator('#own-draft').innerText(), /belum dilihat warga/);
    await clean(page, 'questions, three in the draft');
    // Changing one opens its own form, filled in.
    await page.locator('#q-own-3 a', { hasText: 'Ubah' }).click();
    await page.waitForURL('**/admin/s/demo/questions/own-3');
    assert.equal(await page.locator('#in-text_id').inputValue(), 'Berapa menit Anda menunggu?');
    await clean(page, 'changing a question');
    await page.goto(`${server.base}/admin/s/demo/questions`);

    // Not asked before publishing.
    const before = await (await fetch(`${server.base}/s/demo`)).text();
    assert.ok(!before.includes('name="own-1"'));

    // The phone view of the draft.
    await page.click('text=Pratinjau di ponsel');
    await page.waitForURL('**/admin/s/demo/preview?draft=1');
    assert.ok(await page.locator('#q-own-1').isVisible());
    await clean(page, 'preview of the draft');

    await page.goto(`${server.base}/admin/s/demo/questions`);
    await page.locator('#own-draft summary').click();
    assert.match(await page.locator('#own-draft details').innerText(), /warga ditanya versi 1/);
    await Promise.all([page.waitForLoadState('load'), page.click('#own-draft button[type=submit]')]);
    assert.match(await page.locator('main').innerText(), /Diterbitkan/);
    assert.match(await page.locator('#own-status').innerText(), /Versi 1 sedang ditanyakan/);
    await page.goto(`${server.base}/admin/s/demo/questions?lang=en`);
    assert.match(await page.locator('h1').innerText(), /The agency's own questions/);
    await clean(page, 'questions in English');
  } finally {
    await close();
  }
});

test('a citizen answers them with JavaScript off and on; the score stays the questionnaire\'s', { timeout: 120_000 }, async () => {
  // JavaScript off: the conditional question is shown with its note, and
  // what is typed for it after a "Tidak" is not kept.
  {
    const { context, close } = await phone({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${server.base}/s/demo?u=dukcapil`);
      assert.ok(await page.locator('#q-own-2').isVisible());
      assert.match(await page.locator('#q-own-2 .condition').innerText(), /Jawab hanya jika jawaban Anda untuk pertanyaan 14 adalah "Ya"/);
      await answerInstrument(page);
      // Forgetting the first own question is pointed out beside it.
      await Promise.all([page.waitForLoadState('load'), page.click('.submit-bar button')]);
      assert.match(await page.locator('#q-own-1 .field-error').innerText(), /Pertanyaan nomor 14 belum dijawab/);
      assert.equal(await page.locator('input[name="undue_delay"][value="4"]').isChecked(), true, 'answers kept');
      await tap(page, 'own-1', '2');
      await tap(page, 'own-2', '5');
      await page.fill('#in-own-3', '45');
      await send(page);
    } finally {
      await close();
    }
  }
  // JavaScript on: the conditional question appears after "Ya" only.
  {
    const { context, close } = await phone({ javaScriptEnabled: true, locale: 'en-US' });
    try {
      const page = await context.newPage();
      await page.goto(`${server.base}/s/demo?u=dukcapil&lang=en`);
      await page.locator('.progress[data-ready="true"]').waitFor({ state: 'visible', timeout: 20_000 });
      assert.equal(await page.locator('#q-own-2').isVisible(), false, 'hidden until "Yes"');
      await answerInstrument(page);
      await tap(page, 'own-1', '1');
      await page.locator('#q-own-2').waitFor({ state: 'visible' });
      assert.match(await page.locator('#q-own-2 legend').innerText(), /How comfortable was the waiting room\?/);
      assert.equal(await page.locator('#q-own-2 .condition').isVisible(), false, 'no note where the script decides');
      await clean(page, 'the form with own questions');
      await tap(page, 'own-2', '4');
      await send(page);
    } finally {
      await close();
    }
  }
  // The same questionnaire answers on a server without own questions.
  // Two phones, as on the first server.
  for (let i = 0; i < 2; i++) {
    const { context, close } = await phone({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${plain.base}/s/demo?u=dukcapil`);
      assert.equal(await page.locator('#q-own-1').count(), 0);
      await answerInstrument(page);
      await send(page);
    } finally {
      await close();
    }
  }
  const [withOwn, without] = [await score(server.base, 'demo'), await score(plain.base, 'demo')];
  assert.equal(withOwn.n, 2);
  assert.equal(without.n, 2);
  assert.equal(withOwn.score, without.score, 'own answers never move the score');
  assert.deepEqual(withOwn.ci, without.ci);
});

test('the results, the export and the codebook carry the questions', { timeout: 120_000 }, async () => {
  const { context, close } = await phone({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await signedIn(page, server.base, 'manager');
    await page.goto(`${server.base}/admin/s/demo/questions/results`);
    assert.match(await page.locator('#own-base').innerText(), /Versi 1: 2 jawaban yang dihitung/);
    const scale = await page.locator('#r-own-2').innerText();
    assert.match(scale, /ditanyakan kepada 1, dijawab 1/, 'the JavaScript-off "5" after "Tidak" was not kept');
    assert.match(await page.locator('#r-own-3').innerText(), /Dari 45 sampai 45/);
    await clean(page, 'results per question');

    const csv = await (await page.request.get(`${server.base}/admin/exports/responses.csv?survey=demo`)).text();
    const header = csv.split('\n')[0].trim().split(/[;,]/);
    assert.deepEqual(header.slice(-4), ['questions_version', 'own-1', 'own-2', 'own-3']);
    const codebook = await (await page.request.get(`${server.base}/admin/exports/codebook.json?survey=demo`)).json();
    assert.equal(codebook.own_questions.length, 3);
    assert.equal(codebook.own_questions[1].versions[0].asked_if, 'own-1=1');
    assert.equal(codebook.own_questions[0].counts_in_score, false);
  } finally {
    await close();
  }
});

test('an assessor reads the questions and their results, and changes nothing', { timeout: 120_000 }, async () => {
  const { context, close } = await phone({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await signedIn(page, server.base, 'assessor');
    await page.goto(`${server.base}/admin/s/demo/questions`);
    assert.match(await page.locator('ol.own-questions').innerText(), /Apakah Anda antre/);
    assert.equal(await page.locator('form.admin-form').count(), 0, 'no form to add or change');
    assert.equal(await page.locator('#q-own-1 a', { hasText: 'Ubah' }).count(), 0);
    await clean(page, 'questions, as the assessor');
    await page.goto(`${server.base}/admin/s/demo/questions/results`);
    assert.match(await page.locator('#own-base').innerText(), /Versi 1: 2 jawaban/);
    await clean(page, 'results, as the assessor');
  } finally {
    await close();
  }
});

/** Bytes on the wire for `path`, asking for gzip. */
function wireBytes(base, path) {
  return new Promise((ok, fail) => {
    http.get(`${base}${path}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      let n = 0;
      res.on('data', (c) => { n += c.length; });
      res.on('end', () => ok(n));
    }).on('error', fail);
  });
}

test('with ten own questions the citizen\'s page stays within its budget', { timeout: 120_000 }, async () => {
  const before = await wireBytes(plain.base, '/s/demo');
  const { context, close } = await phone({ javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    await signedIn(page, plain.base, 'manager');
    await page.goto(`${plain.base}/admin/s/demo/questions`);
    const csrf = await page.locator('input[name=csrf]').first().inputValue();
    const kinds = ['single', 'multi', 'scale5', 'scale4', 'text', 'number', 'date', 'single', 'multi', 'scale5'];
    for (const [i, kind] of kinds.entries()) {
      const res = await page.request.post(`${plain.base}/admin/s/demo/questions`, {
        form: {
          csrf, kind, text_id: `Pertanyaan tambahan nomor ${i + 1}: bagaimana pengalaman Anda dengan layanan ini?`,
          text_en: `Extra question ${i + 1}: how was your experience of this service?`,
          help_id: 'Pilih yang paling sesuai.', options: 'Sangat setuju\nSetuju\nTidak setuju\nSangat tidak setuju', required: 'yes',
          show_if: i === 1 ? 'own-1=1' : '',
        },
        maxRedirects: 0,
      });
      assert.equal(res.status(), 303, `question ${i + 1}: ${res.status()}`);
    }
    const published = await page.request.post(`${plain.base}/admin/s/demo/questions/publish`, { form: { csrf }, maxRedirects: 0 });
    assert.equal(published.status(), 303);
  } finally {
    await close();
  }
  const html = await (await fetch(`${plain.base}/s/demo`)).text();
  assert.equal((html.match(/name="own-10"/g) ?? []).length > 0, true, 'ten questions asked');
  const after = await wireBytes(plain.base, '/s/demo');
  const css = await wireBytes(plain.base, html.match(/\/pkg\/persepsi\.[0-9a-f]{16}\.css/)[0]);
  console.log(`page weight /s/demo with ten own questions (gzip): html ${before} B before, ${after} B after; css ${css} B`);
  assert.ok(after + css <= 20 * 1024, `JavaScript off: ${after + css} B over the 20 KB budget`);
});
