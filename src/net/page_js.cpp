// The phone page's script: tap-to-rank, up/down, drag by pointer events
// (HTML5 drag and drop does not work on iOS Safari), a draft kept in
// localStorage, and an idempotent resubmit: the server keeps one ballot per
// phone id, so sending the same ballot again changes nothing.
#include "net/page.h"

namespace prio {

const std::string_view kPageJs = R"JS('use strict';
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var deck = null, T = {}, cards = {}, groups = [[]], lane = 0, open = true;
  var draftKey = 'prio.draft:' + location.pathname;
  var sent = null;        // the JSON body the server last accepted
  var sending = false, online = navigator.onLine;

  // One id per round (the path holds the round's token): the id travels in
  // plain HTTP, and must not tie a phone's ballots in two rounds together.
  function phoneId() {
    var key = 'prio.phone:' + location.pathname, id = localStorage.getItem(key);
    if (!/^[0-9a-f]{32}$/.test(id || '')) {
      var b = new Uint8Array(16); crypto.getRandomValues(b);
      id = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
      localStorage.setItem(key, id);
    }
    return id;
  }
  var phone = phoneId();

  function save() {
    localStorage.setItem(draftKey, JSON.stringify({ groups: groups, name: $('name').value, sent: sent }));
  }
  function load() {
    try {
      var d = JSON.parse(localStorage.getItem(draftKey) || 'null');
      if (!d || !Array.isArray(d.groups)) return;
      var seen = {};
      groups = d.groups.map(function (g) {
        return (Array.isArray(g) ? g : []).filter(function (c) { var ok = cards[c] && !seen[c]; seen[c] = 1; return ok; });
      });
      $('name').value = typeof d.name === 'string' ? d.name : '';
      sent = typeof d.sent === 'string' ? d.sent : null;
    } catch (e) { /* a broken draft is dropped */ }
  }
  function groupCount() { return deck.form === 'lanes' ? Math.max(1, deck.lanes.length) : 1; }
  function placed() { var n = 0; groups.forEach(function (g) { n += g.length; }); return n; }
  function laneFull(l) { var c = deck.form === 'lanes' ? deck.lanes[l].capacity : (deck.form === 'top' ? deck.top : 0); return c > 0 && groups[l].length >= c; }
  function complete() {
    if (deck.form === 'full') return placed() === deck.cards.length;
    if (deck.form === 'top') return groups[0].length === deck.top;
    return placed() > 0;
  }
  function body() {
    var b = { phone: phone, groups: groups };
    if (!deck.anonymous) b.name = $('name').value.trim();
    return JSON.stringify(b);
  }

  function button(text, label, fn) {
    var b = document.createElement('button'); b.type = 'button'; b.textContent = text;
    b.setAttribute('aria-label', label); b.addEventListener('click', fn); return b;
  }
  function cardItem(code, rank, tools) {
    var c = cards[code], li = document.createElement('li'); li.className = 'card'; li.dataset.code = code;
    var s = document.createElement('div'); s.className = 'stripe'; s.style.background = c.colour; s.style.color = c.text;
    s.textContent = rank ? String(rank) : ''; li.appendChild(s);
    var main = document.createElement('button'); main.type = 'button'; main.className = 'body';
    var t = document.createElement('div'); t.className = 'title'; t.textContent = c.title;
    var k = document.createElement('div'); k.className = 'code'; k.textContent = c.code + (c.theme ? ' \u00b7 ' + c.theme : '');
    main.appendChild(t); main.appendChild(k); li.appendChild(main);
    if (tools) { var w = document.createElement('div'); w.className = 'tools'; tools.forEach(function (b) { w.appendChild(b); }); li.appendChild(w); }
    return { li: li, main: main };
  }
  function showSummary(item, code) {
    var old = item.main.querySelector('.summary');
    if (old) { old.remove(); return; }
    var p = document.createElement('div'); p.className = 'summary'; p.textContent = cards[code].summary; item.main.appendChild(p);
  }
  function change() { save(); render(); }
  function move(g, i, to) {
    if (to < 0 || to >= groups[g].length) return;
    var c = groups[g].splice(i, 1)[0]; groups[g].splice(to, 0, c); change();
  }

  // Drag a ranked card by its number: pointer events, so that touch, pen
  // and mouse alike move it; the list scrolls as usual elsewhere. The new
  // place is the number of the group's other cards whose middle lies above
  // the finger, from where they were when the drag began.
  function dragHandle(handle, li, g, i) {
    handle.addEventListener('pointerdown', function (e) {
      e.preventDefault(); handle.setPointerCapture(e.pointerId); li.classList.add('dragging');
      var mids = Array.prototype.map.call(li.parentNode.querySelectorAll('li.card[data-group="' + g + '"]'), function (el) {
        var r = el.getBoundingClientRect(); return r.top + r.height / 2;
      });
      var startY = e.clientY, target = i;
      function moved(ev) {
        li.style.transform = 'translateY(' + (ev.clientY - startY) + 'px)';
        target = 0; mids.forEach(function (m, n) { if (n !== i && m < ev.clientY) ++target; });
      }
      function done() {
        handle.removeEventListener('pointermove', moved); handle.removeEventListener('pointerup', done); handle.removeEventListener('pointercancel', done);
        li.style.transform = ''; li.classList.remove('dragging');
        if (target !== i) move(g, i, target); else render();
      }
      handle.addEventListener('pointermove', moved); handle.addEventListener('pointerup', done); handle.addEventListener('pointercancel', done);
    });
  }

  function render() {
    var ranked = $('ranked'), rest = $('unranked'); ranked.textContent = ''; rest.textContent = '';
    var inGroup = {};
    groups.forEach(function (g, gi) {
      if (deck.form === 'lanes') {
        var h = document.createElement('li'); h.className = 'lane-title';
        var cap = deck.lanes[gi].capacity; h.textContent = deck.lanes[gi].title + (cap ? ' (' + g.length + '/' + cap + ')' : ''); ranked.appendChild(h);
      }
      g.forEach(function (code, i) {
        inGroup[code] = 1;
        var item = cardItem(code, i + 1, [
          button('\u25b2', T.up, function () { move(gi, i, i - 1); }),
          button('\u25bc', T.down, function () { move(gi, i, i + 1); }),
          button('\u2715', T.remove, function () { g.splice(i, 1); change(); })]);
        item.main.addEventListener('click', function () { showSummary(item, code); });
        item.li.dataset.group = String(gi);
        dragHandle(item.li.firstChild, item.li, gi, i);
        ranked.appendChild(item.li);
      });
    });
    deck.cards.forEach(function (c) {
      if (inGroup[c.code]) return;
      var item = cardItem(c.code, 0, [button('\u2026', T.more, function () { showSummary(item, c.code); })]);
      item.main.addEventListener('click', function () { if (!laneFull(lane)) { groups[lane].push(c.code); change(); } });
      rest.appendChild(item.li);
    });
    var lanes = $('lanes'); lanes.textContent = '';
    if (deck.form === 'lanes') deck.lanes.forEach(function (l, li) {
      var b = button(l.title, l.title, function () { lane = li; render(); }); b.setAttribute('aria-pressed', String(li === lane)); lanes.appendChild(b);
    });
    renderStatus();
  }
  // The button, the message and the connection, without touching the lists:
  // what a poll or an answer changes, so that a finger dragging a card or a
  // summary being read is never rebuilt away under it.
  function renderStatus() {
    var b = body();
    $('submit').textContent = sent ? T.resubmit : T.submit;
    $('submit').disabled = !open || !complete() || sending || (!deck.anonymous && !$('name').value.trim());
    var m = $('message');
    if (!open) { m.textContent = T.closed; m.className = 'message'; }
    else if (sent === b) { m.textContent = T.given; m.className = 'message ok'; }
    else if (pending()) { m.textContent = T.pending; m.className = 'message'; }
    else if (!complete() && !m.classList.contains('error')) { m.textContent = ''; }
    showState();
  }
  function pending() { var d = JSON.parse(localStorage.getItem(draftKey) || '{}'); return !!d.want && d.want === body() && d.want !== sent; }
  function showState() {
    var s = $('state');
    s.className = 'state ' + (!open ? 'closed' : online ? 'online' : 'offline');
    s.textContent = !open ? T.closed : online ? T.online : T.offline;
  }

  function submit() {
    var b = body(), d = JSON.parse(localStorage.getItem(draftKey) || '{}');
    d.want = b; localStorage.setItem(draftKey, JSON.stringify(Object.assign(d, { groups: groups, name: $('name').value, sent: sent })));
    send(b);
  }
  function send(b) {
    if (sending) return;
    sending = true; renderStatus();
    fetch('ballot', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: b, cache: 'no-store' })
      .then(function (r) { return r.json().then(function (j) { return { status: r.status, json: j }; }); })
      .then(function (r) {
        sending = false; online = true;
        var m = $('message');
        if (r.status === 200) { sent = b; save(); m.className = 'message ok'; }
        else { if (r.status === 409) open = false; m.textContent = r.json.error || String(r.status); m.className = 'message error'; }
        renderStatus();
      })
      .catch(function () { sending = false; online = false; renderStatus(); });
  }
  // Sends what the participant asked for and the server has not confirmed.
  function retry() {
    var d = JSON.parse(localStorage.getItem(draftKey) || '{}');
    if (open && d.want && d.want !== sent && !sending) send(d.want);
  }
  function poll() {
    fetch('deck.json?phone=' + phone, { cache: 'no-store' }).then(function (r) { return r.json(); }).then(function (j) {
      online = true; if (!j.open) open = false; retry(); renderStatus();
    }).catch(function () { online = false; showState(); });
  }

  fetch('deck.json?phone=' + phone, { cache: 'no-store' }).then(function (r) {
    if (!r.ok) return r.json().then(function (j) { throw new Error(j.error || String(r.status)); });
    return r.json();
  }).then(function (j) {
    deck = j; T = j.texts; open = j.open;
    document.documentElement.lang = j.language; document.title = T.title;
    j.cards.forEach(function (c) { cards[c.code] = c; });
    groups = []; for (var g = 0; g < groupCount(); ++g) groups.push([]);
    load();
    while (groups.length < groupCount()) groups.push([]);
    groups.length = groupCount();
    $('question').textContent = j.question;
    $('privacy').textContent = j.anonymous ? T.anonymous : T.named;
    $('name-row').hidden = j.anonymous; $('name-label').textContent = T.name;
    $('how').textContent = (j.form === 'full' ? T['how.full'] : j.form === 'top' ? T['how.top'] : T['how.lanes']).replace(/\{k\}/g, j.top);
    $('lanes').hidden = j.form !== 'lanes';
    $('ranked-title').textContent = T.ranked; $('unranked-title').textContent = T.unranked;
    $('reset').textContent = T.reset;
    $('submit').addEventListener('click', submit);
    $('reset').addEventListener('click', function () { groups = groups.map(function () { return []; }); change(); });
    $('name').addEventListener('input', function () { save(); renderStatus(); });
    window.addEventListener('online', function () { online = true; retry(); renderStatus(); });
    window.addEventListener('offline', function () { online = false; showState(); });
    setInterval(poll, 5000);
    render(); retry();
  }).catch(function (e) {
    $('state').className = 'state offline'; $('state').textContent = String(e.message || e);
  });
})();
)JS";

}  // namespace prio
