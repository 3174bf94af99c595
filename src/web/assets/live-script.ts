/**
 * The only script of the pages, served at /assets/torneo.js. Pages work without it; with it,
 * a page that shows a season listens to the season's event stream from the version it shows
 * and, when a fact lands (on this server or another, or while the page loaded or was offline),
 * fetches itself again and swaps in the regions marked `data-live-region`, announcing the change
 * politely to screen readers.
 */
export const LIVE_SCRIPT = `
(function () {
  var body = document.body;
  var season = body.getAttribute('data-live-season');
  var status = document.getElementById('live-status');
  var note = document.getElementById('live-note');
  if (!season || !window.EventSource) return;
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
  // From the version this page shows: a fact recorded while it loaded is not missed, and a
  // reconnecting EventSource resumes from the last event it got (Last-Event-ID).
  var since = body.getAttribute('data-live-since');
  var source = new EventSource('/api/seasons/' + encodeURIComponent(season) + '/events' + (since ? '?since=' + encodeURIComponent(since) : ''));
  source.addEventListener('hello', function () { if (status) { status.setAttribute('data-state', 'live'); status.title = ''; } });
  source.addEventListener('fact', function () { clearTimeout(pending); pending = setTimeout(refresh, 100); });
  source.addEventListener('error', function () { if (status) { status.setAttribute('data-state', 'offline'); status.title = status.getAttribute('data-offline') || ''; } });
})();
`;
