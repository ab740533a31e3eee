/* Persepsi: answers collected at a kiosk tablet or by an interviewer.
   Each finished answer set is kept in the browser's storage under an id of
   its own and sent when the network allows; the server stores each id
   once, so a repeated send never counts twice. Half-filled forms are never
   kept: a kiosk's idle form starts over and nothing of it is saved. */
(function () {
  'use strict';
  var form = document.getElementById('survey-form');
  var kiosk = document.getElementById('kiosk');
  var box = document.getElementById('field-kept');
  var status = document.getElementById('field-status');
  var KEY = kiosk ? 'persepsi:field:kiosk' : 'persepsi:field:interview';
  var WEEK = 7 * 24 * 3600 * 1000;
  var sending = false;

  function load() {
    try { return JSON.parse(localStorage.getItem(KEY)) || []; } catch (e) { return []; }
  }
  function save(list) {
    try { localStorage.setItem(KEY, JSON.stringify(list)); } catch (e) { /* full: nothing more to do */ }
  }
  var words = {};
  try { words = JSON.parse((box && box.getAttribute('data-words')) || '{}'); } catch (e) { /* none */ }
  function word(name) {
    return words[name] || '';
  }
  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }
  function lang() {
    var input = form && form.querySelector('input[name=lang]');
    return input ? input.value : document.documentElement.lang;
  }
  function say(text) {
    if (!status) return;
    status.textContent = text;
    status.hidden = !text;
  }

  /* The page and its files, kept for opening without a connection. */
  function keepPages(extra) {
    if (!('serviceWorker' in navigator)) return;
    navigator.serviceWorker.register('/sw.js').catch(function () {});
    var urls = [location.href, '/field.js', '/conditions.js'].concat(extra || []);
    document.querySelectorAll('head link[href], head script[src]').forEach(function (el) {
      urls.push(el.getAttribute('href') || el.getAttribute('src'));
    });
    navigator.serviceWorker.ready.then(function (reg) {
      if (reg.active) reg.active.postMessage(urls);
    });
  }

  /* A screening answer that leaves the respondent out shows the polite
     ending at once (as the citizen's form does). */
  function watchScreening() {
    if (!form) return;
    form.querySelectorAll('.screen-next').forEach(function (el) { el.hidden = true; });
    function apply() {
      var out = false;
      form.querySelectorAll('fieldset[data-eligible]').forEach(function (set) {
        var checked = set.querySelector('input[type=radio]:checked');
        if (checked) out = out || set.getAttribute('data-eligible').split(' ').indexOf(checked.value) < 0;
      });
      form.classList.toggle('screened', out);
      form.querySelectorAll('.screen-end').forEach(function (el) { el.hidden = !out; });
    }
    form.addEventListener('change', apply);
    apply();
  }

  function answersOf() {
    var answers = {};
    var skip = { token: 1, lang: 1, unit: 1, website: 1, code: 1, counter: 1, csrf: 1 };
    new FormData(form).forEach(function (value, key) {
      if (skip[key] || typeof value !== 'string' || value.trim() === '') return;
      // Several boxes ticked for one question travel comma-separated.
      answers[key] = key in answers ? answers[key] + ',' + value : value;
    });
    return answers;
  }

  /* Sends what is kept, per survey, fifty at a time; marks each answer set
     with what the server made of it. */
  function flush(manual) {
    if (sending) return Promise.resolve();
    var list = load();
    var kept = list.filter(function (i) { return i.state === 'kept'; });
    if (!kept.length) {
      if (manual) say(word('nothing'));
      render();
      return Promise.resolve();
    }
    if (!navigator.onLine) {
      say(kiosk ? '' : word('offline'));
      render();
      return Promise.resolve();
    }
    sending = true;
    var groups = {};
    kept.forEach(function (i) { (groups[i.survey] = groups[i.survey] || []).push(i); });
    var chain = Promise.resolve(true);
    Object.keys(groups).forEach(function (survey) {
      var items = groups[survey];
      for (var at = 0; at < items.length; at += 50) {
        (function (chunk) {
          chain = chain.then(function (going) { return going && sendChunk(survey, chunk); });
        })(items.slice(at, at + 50));
      }
    });
    return chain.then(function (allWent) {
      sending = false;
      var left = load().filter(function (i) { return i.state === 'kept'; }).length;
      if (allWent && !left) say(kiosk ? '' : word('done'));
      render();
    });
  }

  function sendChunk(survey, chunk) {
    var post = (form && form.getAttribute('data-post')) || (box && box.getAttribute('data-post'));
    var headers = { 'content-type': 'application/json' };
    var csrf = box && box.getAttribute('data-csrf');
    if (csrf) headers['x-csrf-token'] = csrf;
    var body = {
      survey: survey,
      lang: lang(),
      items: chunk.map(function (i) {
        return { id: i.id, unit: i.unit, answers: i.answers, answered_at: i.answered_at, secs: i.secs, website: i.website };
      })
    };
    return fetch(post, { method: 'POST', credentials: 'same-origin', headers: headers, body: JSON.stringify(body) })
      .then(function (r) {
        var json = (r.headers.get('content-type') || '').indexOf('json') >= 0;
        if (r.status === 401 && kiosk) { location.reload(); return false; }
        if (!json || r.status === 403 || r.redirected) { say(word('signin')); return false; }
        return r.json().then(function (data) {
          var list = load();
          var byId = {};
          list.forEach(function (i) { byId[i.id] = i; });
          if (r.ok && data.results) {
            data.results.forEach(function (res) {
              var item = byId[res.id];
              if (!item) return;
              if (res.outcome === 'stored') { item.state = 'sent'; item.sent_at = new Date().toISOString(); }
              else if (res.outcome === 'screened') item.state = 'screened';
              else if (res.outcome === 'refused') {
                item.state = 'refused';
                item.reason = Object.keys(res.errors || {}).map(function (k) { return res.errors[k].join(' '); }).join(' ');
              }
            });
          } else if (r.status === 409 || r.status === 404) {
            chunk.forEach(function (c) {
              if (byId[c.id]) { byId[c.id].state = 'refused'; byId[c.id].reason = data.error || ''; }
            });
          } else {
            return false;
          }
          // A kiosk keeps nothing once it went; an interviewer sees the day.
          var now = Date.now();
          list = list.filter(function (i) {
            if (kiosk) return i.state === 'kept';
            return i.state === 'kept' || now - Date.parse(i.answered_at) < WEEK;
          });
          save(list);
          return true;
        });
      })
      .catch(function () {
        say(kiosk ? '' : word('offline'));
        return false;
      });
  }

  /* The interviewer's list of what is on this phone, newest first. */
  function render() {
    if (kiosk) {
      var n = load().filter(function (i) { return i.state === 'kept'; }).length;
      if (status) status.textContent = n ? n + ' ' + status.getAttribute('data-waiting') : '';
      return;
    }
    var table = document.getElementById('kept-list');
    if (!table) return;
    var list = load().slice().reverse();
    var none = document.getElementById('kept-none');
    if (none) none.hidden = list.length > 0;
    table.hidden = list.length === 0;
    var body = table.querySelector('tbody');
    body.textContent = '';
    list.forEach(function (i) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-state', i.state);
      var when = new Date(i.answered_at);
      var cells = [
        when.toLocaleString(lang() === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'short', timeStyle: 'short' }),
        (i.unit_name || i.unit) + (i.title ? ' · ' + i.title : ''),
        word(i.state) + (i.reason ? ': ' + i.reason : '')
      ];
      cells.forEach(function (text) {
        var td = document.createElement('td');
        td.textContent = text;
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
  }

  /* Keeps a finished answer set: on the device first, then sent. */
  function keep(extra) {
    var started = Number(form.getAttribute('data-started')) || Date.now();
    var item = {
      id: newId(),
      survey: form.getAttribute('data-survey'),
      unit: (form.querySelector('input[name=unit]') || {}).value,
      unit_name: form.getAttribute('data-unit-name'),
      title: form.getAttribute('data-title'),
      answers: answersOf(),
      answered_at: new Date().toISOString(),
      secs: Math.round((Date.now() - started) / 1000),
      website: (form.querySelector('input[name=website]') || {}).value || '',
      state: 'kept'
    };
    for (var k in extra) item[k] = extra[k];
    var list = load();
    list.push(item);
    save(list);
  }

  function onSubmit(e, done) {
    e.preventDefault();
    var by = e.submitter;
    if (by && by.name === 'screen') {
      // "Finish" after a screening answer: nothing to keep.
      if (by.value === 'end') done(false);
      return;
    }
    if (!form.checkValidity()) { form.reportValidity(); return; }
    keep({});
    flush(false);
    done(true);
  }

  function startKiosk() {
    var attract = document.getElementById('kiosk-attract');
    var thanks = document.getElementById('kiosk-thanks');
    var main = form.closest('main');
    var idleMs = (Number(kiosk.getAttribute('data-idle')) || 90) * 1000;
    var thanksMs = (Number(kiosk.getAttribute('data-thanks')) || 6) * 1000;
    var idle = null;
    function show(state) {
      kiosk.setAttribute('data-state', state);
      attract.hidden = state !== 'attract';
      main.hidden = state !== 'form';
      thanks.hidden = state !== 'thanks';
    }
    function fresh() {
      clearTimeout(idle);
      form.reset();
      form.removeAttribute('data-started');
      form.dispatchEvent(new Event('change'));
      window.scrollTo(0, 0);
    }
    function attractScreen() { fresh(); show('attract'); }
    function arm() {
      clearTimeout(idle);
      idle = setTimeout(attractScreen, idleMs);
    }
    function touched() {
      if (!form.getAttribute('data-started')) form.setAttribute('data-started', String(Date.now()));
      arm();
    }
    ['change', 'input', 'click', 'touchstart', 'keydown'].forEach(function (ev) {
      form.addEventListener(ev, touched, { passive: true });
    });
    document.getElementById('kiosk-start').addEventListener('click', function () {
      // Full screen where the browser allows it (a tap is the gesture it asks).
      var root = document.documentElement;
      if (root.requestFullscreen && !document.fullscreenElement) root.requestFullscreen().catch(function () {});
      show('form');
      arm();
      var first = form.querySelector('input:not([type=hidden]), select, textarea');
      if (first) first.focus({ preventScroll: true });
    });
    form.addEventListener('submit', function (e) {
      onSubmit(e, function () {
        fresh();
        show('thanks');
        setTimeout(attractScreen, thanksMs);
      });
    });
    // A language switch lands straight on the form.
    if (/[?&]lang=/.test(location.search)) { show('form'); arm(); } else { attractScreen(); }
  }

  function startInterview() {
    form.addEventListener('change', function () {
      if (!form.getAttribute('data-started')) form.setAttribute('data-started', String(Date.now()));
    });
    form.addEventListener('submit', function (e) {
      onSubmit(e, function (kept) {
        form.reset();
        form.removeAttribute('data-started');
        form.dispatchEvent(new Event('change'));
        if (kept) say(word('saved') + (navigator.onLine ? '' : ' ' + word('offline')));
        window.scrollTo(0, 0);
      });
    });
  }

  if (form) {
    form.setAttribute('data-survey', (form.getAttribute('action') || '').split('/')[3] || '');
    watchScreening();
  }
  if (kiosk && form) {
    startKiosk();
    keepPages([]);
  } else if (form) {
    var unit = form.querySelector('input[name=unit]');
    var fixed = document.querySelector('.unit-fixed strong');
    form.setAttribute('data-unit-name', fixed ? fixed.textContent : (unit ? unit.value : ''));
    var h1 = document.querySelector('h1');
    form.setAttribute('data-title', h1 ? h1.textContent : '');
    startInterview();
    keepPages([]);
  } else if (box) {
    var button = document.getElementById('field-send');
    if (button) button.addEventListener('click', function () { flush(true); });
    var links = [];
    document.querySelectorAll('a[href^="/admin/interviews/"]').forEach(function (a) { links.push(a.href); });
    keepPages(links);
  }
  window.addEventListener('online', function () { flush(false); });
  render();
  flush(false);
  setInterval(function () { flush(false); }, 30000);
})();
