/**
 * The only script of the pages, served at /assets/torneo.js. Pages work without it; with it,
 * a page that shows a season hears of every fact recorded after the version it shows (on this
 * server or another, or while the page loaded or was offline), fetches itself again and swaps
 * in the regions marked `data-live-region`, announcing the change politely to screen readers.
 *
 * A browser keeps at most six connections open to one host and an event stream holds one for as
 * long as it is open, so the tabs of a browser share one stream per season instead of opening
 * one each: through the shared worker at /assets/torneo-live.js where the browser has shared
 * workers; elsewhere one tab (the holder of a Web Lock named after the season) holds the stream
 * and tells the others on a BroadcastChannel, the next tab taking over when it closes; a
 * browser with neither opens a stream per tab. `data-live-via` on the body says which.
 *
 * A forecast page also follows the forecasts being made (event forecast, relayed the same way):
 * its progress bar moves, and the page reads itself again when one is made.
 */
export const LIVE_SCRIPT = `
(function () {
  var body = document.body;
  var season = body.getAttribute('data-live-season');
  var status = document.getElementById('live-status');
  var note = document.getElementById('live-note');
  if (!season || !window.EventSource) return;
  var since = Number(body.getAttribute('data-live-since'));
  if (!(since >= 0)) since = -1;
  var pending;
  function refresh() {
    fetch(location.href, { cache: 'no-store', credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (text) {
        if (!text) return;
        var fresh = new DOMParser().parseFromString(text, 'text/html');
        var changed = false;
        document.querySelectorAll('[data-live-region]').forEach(function (el) {
          var next = fresh.getElementById(el.id);
          if (next && next.innerHTML !== el.innerHTML) {
            el.innerHTML = next.innerHTML;
            el.classList.remove('live-flash'); void el.offsetWidth; el.classList.add('live-flash');
            el.addEventListener('animationend', function () { el.classList.remove('live-flash'); }, { once: true });
            changed = true;
          }
        });
        if (changed && note) note.textContent = body.getAttribute('data-live-updated') || '';
        body.setAttribute('data-live-refreshed', String(Date.now()));
      });
  }
  function changed() { clearTimeout(pending); pending = setTimeout(refresh, 100); }
  // What the shared stream says, whoever holds it: its state and the last fact it has seen (a
  // fact this page does not show yet means reading the page again), or a change.
  function hear(d) {
    if (!d) return;
    if (d.type === 'state') {
      if (status) {
        status.setAttribute('data-state', d.state);
        status.title = d.state === 'offline' ? status.getAttribute('data-offline') || '' : '';
      }
      if (typeof d.last === 'number' && d.last > since) { since = d.last; changed(); }
    } else if (d.type === 'fact') {
      if (typeof d.id !== 'number') return changed();
      if (d.id > since) { since = d.id; changed(); }
    } else if (d.type === 'forecast') {
      forecast(d.forecast || {});
    }
  }
  function forecast(f) {
    if (!document.getElementById('live-forecast')) return;
    if (f.status === 'running') {
      var bar = document.getElementById('forecast-progress');
      if (bar && bar.getAttribute('data-version') === f.version) {
        bar.value = f.done;
        var label = document.querySelector('label[for="forecast-progress"]');
        var template = label && label.getAttribute('data-template');
        if (template) label.textContent = template.replace('{done}', String(f.done));
      }
      return;
    }
    changed();
  }
  function url(from) {
    return '/api/seasons/' + encodeURIComponent(season) + '/events' + (from >= 0 ? '?since=' + from : '');
  }
  // An event stream from the version this page shows, its events told to \`tell\`. A
  // reconnecting EventSource resumes from the last event it got (Last-Event-ID).
  function stream(tell) {
    var state = { last: since };
    var source = new EventSource(url(since));
    source.addEventListener('hello', function () { tell({ type: 'state', state: 'live', last: state.last }); });
    source.addEventListener('fact', function (e) {
      var id = null;
      try { id = JSON.parse(e.data).fact; } catch (x) { /* a change without an id still counts */ }
      if (typeof id === 'number' && id > state.last) state.last = id;
      tell({ type: 'fact', id: typeof id === 'number' ? id : null });
    });
    source.addEventListener('forecast', function (e) {
      try { tell({ type: 'forecast', forecast: JSON.parse(e.data) }); } catch (x) { /* not a forecast */ }
    });
    source.addEventListener('error', function () { tell({ type: 'state', state: 'offline', last: state.last }); });
    return source;
  }
  function via(name) { body.setAttribute('data-live-via', name); }

  function viaWorker() {
    if (!window.SharedWorker) return false;
    var worker;
    try { worker = new SharedWorker('/assets/torneo-live.js', { name: 'torneo-live' }); } catch (e) { return false; }
    var port = worker.port;
    var gaveUp = false;
    function giveUp() { if (gaveUp) return; gaveUp = true; port.close(); viaLeader() || viaOwnStream(); }
    worker.addEventListener('error', giveUp);
    port.onmessage = function (m) { if (m.data && m.data.type === 'unsupported') giveUp(); else hear(m.data); };
    function watch() { port.postMessage({ type: 'watch', season: season, since: since }); }
    watch();
    addEventListener('pagehide', function () { if (!gaveUp) port.postMessage({ type: 'leave' }); });
    addEventListener('pageshow', function (e) { if (e.persisted && !gaveUp) watch(); });
    via('shared-worker');
    return true;
  }

  function viaLeader() {
    if (!window.BroadcastChannel || !navigator.locks) return false;
    var name = 'torneo-live:' + season;
    var channel = new BroadcastChannel(name);
    var leading = null;
    channel.onmessage = function (m) {
      var d = m.data || {};
      if (d.type === 'ask') { if (leading) channel.postMessage(leading.state); return; }
      hear(d);
    };
    function lead() {
      navigator.locks.request(name, function () {
        // This tab holds the stream until it goes away; the lock then passes to another tab.
        leading = { state: { type: 'state', state: 'connecting', last: since } };
        var source = stream(function (d) {
          if (d.type === 'state') leading.state = d;
          else if (typeof d.id === 'number' && d.id > leading.state.last) leading.state.last = d.id;
          channel.postMessage(d);
          hear(d);
        });
        return new Promise(function (resolve) {
          addEventListener('pagehide', function () { source.close(); leading = null; resolve(); }, { once: true });
        });
      });
    }
    lead();
    channel.postMessage({ type: 'ask' });
    addEventListener('pageshow', function (e) { if (e.persisted) { lead(); channel.postMessage({ type: 'ask' }); } });
    via('leader');
    return true;
  }

  function viaOwnStream() {
    var source = stream(hear);
    addEventListener('pagehide', function () { source.close(); });
    addEventListener('pageshow', function (e) { if (e.persisted) source = stream(hear); });
    via('own-stream');
  }

  viaWorker() || viaLeader() || viaOwnStream();
})();
`;
