/**
 * The shared worker behind the pages' live updates, served at /assets/torneo-live.js. A browser
 * keeps at most six connections open to one host, and an event stream holds one for as long as
 * the page is open: with a stream per tab, a seventh tab (and every navigation in the first six)
 * would wait forever. Every tab of the browser connects to this one worker instead, which holds
 * one event stream per season, whatever the number of tabs, and relays its events to each of
 * them through their ports.
 *
 * Messages from a tab: `{ type: 'watch', season, since }` (the page shows the season as of fact
 * `since`) and `{ type: 'leave' }` (the page goes away). Messages to a tab: `{ type: 'state',
 * state, last }` with `connecting`, `live` or `offline` and the last fact id the stream has seen;
 * `{ type: 'fact', id }` for every change (id null when a change
 * came without one); `{ type: 'forecast', forecast }` for every progress report of a forecast of
 * the season; `{ type: 'unsupported' }` when this worker cannot open
 * an event stream (the page then shares one another way).
 */
export const LIVE_WORKER_SCRIPT = `
var streams = {};
function post(port, message) { try { port.postMessage(message); } catch (e) { /* the tab is gone */ } }
function broadcast(s, message) { s.ports.forEach(function (port) { post(port, message); }); }
function setState(s, state) { s.state = state; broadcast(s, { type: 'state', state: state, last: s.last }); }
function open(season, since) {
  var s = { ports: [], state: 'connecting', last: since };
  // From the version the first page shows; a reconnecting EventSource resumes from the last
  // event it got (Last-Event-ID), so nothing recorded while it was away is missed.
  s.source = new EventSource('/api/seasons/' + encodeURIComponent(season) + '/events' + (since >= 0 ? '?since=' + since : ''));
  s.source.addEventListener('hello', function () { setState(s, 'live'); });
  s.source.addEventListener('fact', function (e) {
    var id = null;
    try { id = JSON.parse(e.data).fact; } catch (x) { /* a change without an id still counts */ }
    if (typeof id === 'number' && id > s.last) s.last = id;
    broadcast(s, { type: 'fact', id: typeof id === 'number' ? id : null });
  });
  s.source.addEventListener('forecast', function (e) {
    try { broadcast(s, { type: 'forecast', forecast: JSON.parse(e.data) }); } catch (x) { /* not a forecast */ }
  });
  s.source.addEventListener('error', function () { setState(s, 'offline'); });
  return s;
}
function leave(port) {
  Object.keys(streams).forEach(function (season) {
    var s = streams[season];
    var i = s.ports.indexOf(port);
    if (i < 0) return;
    s.ports.splice(i, 1);
    // The last page of the season went away: the connection is given back to the browser.
    if (!s.ports.length) { s.source.close(); delete streams[season]; }
  });
}
onconnect = function (e) {
  var port = e.ports[0];
  port.onmessage = function (m) {
    var d = m.data || {};
    if (d.type === 'leave') return leave(port);
    if (d.type !== 'watch' || typeof d.season !== 'string') return;
    if (typeof EventSource === 'undefined') return post(port, { type: 'unsupported' });
    leave(port);
    var since = Number(d.since);
    var s = streams[d.season] || (streams[d.season] = open(d.season, since >= 0 ? since : -1));
    s.ports.push(port);
    post(port, { type: 'state', state: s.state, last: s.last });
  };
  port.start();
};
`;
