// chitieu search page. Plain JS, no framework, nothing loaded from elsewhere.
// Text from the database only ever reaches the page through textContent / text nodes.
'use strict';

const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';
const PAGE = 50;

/** An element with attributes and children (strings become text nodes, never HTML). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('data-')) node.setAttribute(k, String(v));
    else node[k] = v;
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c ?? '')));
  return node;
}

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  // a style attribute is refused by the page's policy (no inline styles); the style property is not
  for (const [k, v] of Object.entries(attrs)) if (k === 'style') node.style.cssText = v; else node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

async function getJson(url) {
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  let body;
  try { body = await res.json(); } catch { body = {}; }
  if (!res.ok) throw new Error(body.error || `HTTP ${res.status}`);
  return body;
}

/** Vietnamese number: "." groups thousands, "," marks decimals. */
function formatVi(n, digits = 2) {
  const fixed = Math.abs(n).toFixed(digits);
  const [int, frac = ''] = fixed.split('.');
  const decimals = frac.replace(/0+$/, '');
  return (n < 0 ? '-' : '') + int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (decimals ? ',' + decimals : '');
}

const isMoney = (unit) => /^(?:đồng|USD|EUR|JPY|CNY|KRW|GBP)(?:\/|$)/.test(unit || '');

// ---- filters and search ------------------------------------------------------------------

function queryParams() {
  const params = new URLSearchParams();
  for (const name of ['text', 'kind', 'unit', 'doc', 'from', 'to', 'place', 'period']) {
    const value = $(name).value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

/** Every document, page by page (the server sends at most 1,000 at a time). */
async function allDocuments() {
  const docs = [];
  for (;;) {
    const page = await getJson(`/api/documents?offset=${docs.length}`);
    docs.push(...page.documents);
    if (!page.documents.length || docs.length >= page.total) return docs;
  }
}

async function loadFilters() {
  const [units, docs] = await Promise.all([getJson('/api/units'), allDocuments()]);
  for (const u of units) $('unit').append(el('option', { value: u.unit }, `${u.unit} (${u.count})`));
  for (const d of docs) {
    const date = d.published ? ` · ${d.published.slice(0, 10)}` : '';
    $('doc').append(el('option', { value: d.id }, `${d.title || d.name}${date}`));
  }
  const bookmarked = new URLSearchParams(location.search); // options a bookmark names exist only now
  for (const name of ['unit', 'doc']) if (bookmarked.has(name)) $(name).value = bookmarked.get(name);
}

let shown = 0;
let searchSerial = 0;

async function search(append = false) {
  const serial = ++searchSerial;
  const params = queryParams();
  const csv = new URLSearchParams(params);
  csv.set('format', 'csv');
  $('csv').href = `/api/search?${csv}`;
  // the address bar holds the search, so it can be bookmarked and shared (/?q=...)
  const page = new URLSearchParams(params);
  if (page.has('text')) { page.set('q', page.get('text')); page.delete('text'); }
  history.replaceState(null, '', page.toString() ? `/?${page}` : '/');
  params.set('limit', String(PAGE));
  params.set('offset', String(append ? shown : 0));
  $('status').className = '';
  $('status').textContent = 'searching…';
  try {
    const body = await getJson(`/api/search?${params}`);
    if (serial !== searchSerial) return; // a newer search has started
    const tbody = $('results').tBodies[0];
    if (!append) { tbody.replaceChildren(); shown = 0; }
    for (const r of body.results) tbody.append(resultRow(r));
    shown += body.results.length;
    const total = body.capped ? `more than ${formatVi(body.total)}` : formatVi(body.total);
    $('status').textContent = body.total === 0 ? 'no statements found' : `${total} statements · showing ${formatVi(shown)}`;
    $('more').hidden = shown >= body.total;
    // a download holds at most download_limit rows: say so where the link is
    const cut = body.download_limit && (body.capped || body.total > body.download_limit);
    $('csv').textContent = cut ? `download CSV (first ${formatVi(body.download_limit)} of ${total})` : 'download CSV';
  } catch (err) {
    if (serial !== searchSerial) return;
    $('status').className = 'error';
    $('status').textContent = err.message;
  }
}

/** "2024-01..2024-06", "…..2025-12", or "" when the period is unknown. */
function periodText(r) {
  if (!r.period_from && !r.period_to) return '';
  const m = (d) => (d ? d.slice(0, 7) : '…');
  return r.period_from && r.period_to && r.period_from.slice(0, 4) === r.period_to.slice(0, 4)
    && r.period_from.slice(5, 7) === '01' && r.period_to.slice(5, 7) === '12' ? r.period_from.slice(0, 4) : `${m(r.period_from)}..${m(r.period_to)}`;
}

/** A record's check notes ("check/…: …"), each a line under its value; the code is its tooltip. */
function checks(r) {
  let notes = [];
  try { notes = JSON.parse(r.notes || '[]'); } catch { /* not a list: nothing to show */ }
  return notes.filter((n) => n.startsWith('check/')).map((n) => {
    const [code, ...rest] = n.split(': ');
    const sign = code === 'check/disagreement' ? '≠' : '!';
    return el('div', { class: `check ${code.replace('/', '-')}`, title: code }, `${sign} ${rest.join(': ') || code}`);
  });
}

function resultRow(r) {
  const row = el('tr', { 'data-id': r.id },
    el('td', { class: 'indicator' }, r.indicator || '—'),
    el('td', { class: 'value' }, r.value_text, ...checks(r)),
    el('td', {}, el('span', { class: `kind kind-${r.kind}` }, r.kind)),
    el('td', {}, r.percent_text),
    el('td', {}, r.target_text),
    el('td', { class: 'place' }, r.place ? `${r.place}${r.place_level ? ` (${r.place_level})` : ''}` : ''),
    el('td', { class: 'date' }, periodText(r)),
    el('td', {}, r.title || r.doc),
    el('td', { class: 'date' }, (r.published || '').slice(0, 10)),
    el('td', { class: 'quote' }, r.quote));
  row.addEventListener('click', () => {
    for (const tr of $('results').querySelectorAll('tr.selected')) tr.classList.remove('selected');
    row.classList.add('selected');
    openStatement(r.document_id, r.id, r.indicator, r.unit);
  });
  return row;
}

// ---- a document with its statements highlighted ------------------------------------------

let openDoc = null;

async function openStatement(documentId, statementId, indicator, unit) {
  await Promise.all([
    openDocument(documentId, statementId),
    indicator ? showChart(indicator, unit, statementId) : hideChart(),
  ]);
}

async function openDocument(documentId, statementId) {
  try {
    if (!openDoc || openDoc.id !== documentId) {
      openDoc = await getJson(`/api/document?id=${encodeURIComponent(documentId)}`);
      renderDocument(openDoc);
    }
    selectStatement(statementId);
  } catch (err) {
    $('hint').hidden = false;
    $('hint').textContent = err.message;
  }
}

/**
 * The text cut at every statement boundary; each piece is a text node, wrapped in <mark> when
 * statements cover it (the innermost one gives the colour). Overlapping statements are fine.
 */
function highlightedText(text, statements) {
  const spans = statements.filter((s) => s.end > s.start && s.start >= 0 && s.end <= text.length);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(a, b);
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    if (!covering.length) { fragment.append(document.createTextNode(piece)); continue; }
    const inner = covering.reduce((x, y) => (y.end - y.start < x.end - x.start ? y : x));
    const mark = el('mark', {
      class: `kind-${inner.kind}`,
      'data-ids': covering.map((s) => s.id).join(' '),
      title: covering.map((s) => `${s.kind}: ${s.indicator || '—'} ${s.value_text}`.trim()).join('\n'),
    }, piece);
    mark.addEventListener('click', () => {
      selectStatement(inner.id);
      if (inner.indicator) showChart(inner.indicator, inner.unit, inner.id);
    });
    fragment.append(mark);
  }
  return fragment;
}

function renderDocument(doc) {
  $('hint').hidden = true;
  $('document').hidden = false;
  $('doc-title').textContent = doc.title || doc.name;
  const meta = [doc.published ? doc.published.slice(0, 10) : null, doc.name, `${doc.statements.length} statements`];
  $('doc-meta').textContent = meta.filter(Boolean).join(' · ');
  $('doc-text').replaceChildren(highlightedText(doc.text, doc.statements));
}

function selectStatement(id) {
  let first = null;
  for (const mark of $('doc-text').querySelectorAll('mark')) {
    const on = mark.dataset.ids.split(' ').includes(String(id));
    mark.classList.toggle('selected', on);
    if (on && !first) first = mark;
  }
  if (first) { // scroll the text pane only, not the page
    const pane = $('doc-text');
    const offset = first.getBoundingClientRect().top - pane.getBoundingClientRect().top;
    pane.scrollTop += offset - pane.clientHeight / 3;
  }
  markPoint(id);
}

/** The chosen statement's point and source marked, its source scrolled into view (in the list only). */
function markPoint(id) {
  for (const p of document.querySelectorAll('#chart-body .point, #chart-sources li')) p.classList.toggle('selected', p.dataset.id === String(id));
  const source = document.querySelector('#chart-sources li.selected');
  if (source) {
    const list = $('chart-sources');
    list.scrollTop += source.getBoundingClientRect().top - list.getBoundingClientRect().top - list.clientHeight / 3;
  }
}

// ---- one indicator across documents --------------------------------------------------------

function hideChart() { $('chart').hidden = true; }

async function showChart(indicator, unit, selectedId) {
  const params = new URLSearchParams({ indicator });
  if (unit) params.set('unit', unit);
  let series;
  try { series = await getJson(`/api/series?${params}`); } catch { hideChart(); return; }
  if (!series.points.length) { hideChart(); return; }
  $('chart').hidden = false;
  const where = series.points.length === 1 ? 'one document so far' : `${series.points.length} statements`;
  $('chart-title').textContent = `${series.indicator} (${series.unit || 'no unit'}) · ${where}`;
  $('chart-body').replaceChildren(lineChart(series, selectedId));
  $('chart-sources').replaceChildren(...chartSources(series));
  markPoint(selectedId);
}

const PALETTE = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700', '#8250df', '#bf3989'];

/** The geometry of a chart: where a point's period and value fall, and how values are scaled. */
function chartFrame(series) {
  const W = 560, H = 230, left = 64, right = 16, top = 24, bottom = 46;
  const values = series.points.map((p) => p.value);
  let scale = 1, scaleWord = '';
  if (isMoney(series.unit)) {
    const big = Math.max(...values.map(Math.abs));
    if (big >= 1e9) { scale = 1e9; scaleWord = 'tỷ '; } else if (big >= 1e6) { scale = 1e6; scaleWord = 'triệu '; }
  }
  let lo = Math.min(0, ...values), hi = Math.max(...values);
  if (hi === lo) hi = lo + 1;
  hi += (hi - lo) * 0.12;
  // Real periods on the x axis (the end of each point's period, else its document's date).
  const at = (p) => Date.parse((p.period_to || p.period_from || p.published || '').slice(0, 10));
  const times = series.points.map(at);
  const timed = times.every(Number.isFinite) && Math.max(...times) > Math.min(...times);
  const t0 = Math.min(...times), t1 = Math.max(...times);
  const n = series.points.length;
  const x = (i) => (timed ? left + ((times[i] - t0) * (W - left - right)) / (t1 - t0)
    : n === 1 ? (left + W - right) / 2 : left + (i * (W - left - right)) / (n - 1));
  const anchor = (i) => (n === 1 ? 'middle' : x(i) <= left + 40 ? 'start' : x(i) >= W - right - 40 ? 'end' : 'middle');
  const y = (v) => top + (H - top - bottom) * (1 - (v - lo) / (hi - lo));
  const places = [...new Set(series.points.map((p) => p.place || '?'))];
  const colour = (place) => PALETTE[places.indexOf(place) % PALETTE.length];
  return { W, H, left, right, top, bottom, lo, hi, scale, scaleWord, x, y, anchor, places, colour };
}

function chartAxes(root, series, f) {
  for (let t = 0; t <= 4; t++) {
    const v = f.lo + ((f.hi - f.lo) * t) / 4;
    root.append(svg('line', { class: 'grid', x1: f.left, x2: f.W - f.right, y1: f.y(v), y2: f.y(v) }));
    root.append(svg('text', { x: f.left - 6, y: f.y(v) + 4, 'text-anchor': 'end' }, formatVi(v / f.scale, 1)));
  }
  root.append(svg('line', { class: 'axis', x1: f.left, x2: f.left, y1: f.top - 8, y2: f.H - f.bottom }));
  root.append(svg('line', { class: 'axis', x1: f.left, x2: f.W - f.right, y1: f.H - f.bottom, y2: f.H - f.bottom }));
  root.append(svg('text', { x: 4, y: 12 }, `${f.scaleWord}${series.unit || ''}`));
  // one label per period on the x axis, however many places share it
  const labelled = new Set();
  const every = Math.ceil(series.points.length / 8);
  series.points.forEach((p, i) => {
    const when = periodText(p) || (p.published ? p.published.slice(0, 10) : p.doc.slice(0, 14));
    const at = Math.round(f.x(i));
    if (labelled.has(at) || (labelled.size && i % every !== 0)) return;
    labelled.add(at);
    root.append(svg('text', { class: 'period', x: f.x(i), y: f.H - f.bottom + 16, 'text-anchor': f.anchor(i) }, when));
  });
}

/** One line per place through its points in period order, and a legend naming the places. */
function chartLines(root, series, f) {
  for (const place of f.places) {
    const idx = series.points.map((p, i) => ((p.place || '?') === place ? i : -1)).filter((i) => i >= 0);
    if (idx.length > 1) {
      const points = idx.map((i) => `${f.x(i)},${f.y(series.points[i].value)}`).join(' ');
      root.append(svg('polyline', { class: 'line', 'data-place': place, style: `stroke: ${f.colour(place)}`, points }));
    }
  }
  f.places.slice(0, 6).forEach((place, k) => {
    root.append(svg('text', { class: 'legend', x: f.W - f.right, y: 12 + 12 * k, 'text-anchor': 'end', style: `fill: ${f.colour(place)}` }, place));
  });
}

/** Where a point's figure comes from, in words: its value, place, period, document and any disagreement. */
function sourceText(p) {
  const period = periodText(p);
  return `${p.value_text} · ${p.place || 'place unknown'}${period ? ' · ' + period : ''}\nsource: ${p.title || p.doc}`
    + `${p.published ? ' · ' + p.published.slice(0, 10) : ''}${p.disagreement ? '\n' + p.disagreement : ''}\n${p.quote}`;
}

function chartPoints(root, series, f, selectedId) {
  const labels = []; // [x, y] of each value label, so that two at one spot do not cover each other
  series.points.forEach((p, i) => {
    const cls = ['point', p.id === selectedId && 'selected', p.disagreement && 'disagree'].filter(Boolean).join(' ');
    const dot = svg('circle', { class: cls, cx: f.x(i), cy: f.y(p.value), r: 5, 'data-id': p.id, 'data-place': p.place || '?', style: `fill: ${f.colour(p.place || '?')}` });
    dot.append(svg('title', {}, sourceText(p)));
    dot.addEventListener('click', () => openStatement(p.document_id, p.id, series.indicator, series.unit));
    root.append(dot);
    if (series.points.length > 12) return;
    const right = f.x(i) > f.W - f.right - 40;
    let y = f.y(p.value) - 7;
    while (labels.some(([lx, ly]) => Math.abs(lx - f.x(i)) < 30 && Math.abs(ly - y) < 11)) y += 12;
    labels.push([f.x(i), y]);
    root.append(svg('text', { class: 'label', x: f.x(i) + (right ? -8 : 7), y, 'text-anchor': right ? 'end' : 'start' }, formatVi(p.value / f.scale)));
  });
}

/** An inline SVG line chart: one point per statement at its period, one line per place. */
function lineChart(series, selectedId) {
  const f = chartFrame(series);
  const root = svg('svg', { viewBox: `0 0 ${f.W} ${f.H}`, role: 'img', 'aria-label': `chart of ${series.indicator}` });
  chartAxes(root, series, f);
  chartLines(root, series, f);
  chartPoints(root, series, f, selectedId);
  return root;
}

/** The sources of each point, listed under the chart: place, period, value, document, disagreement. */
function chartSources(series) {
  const f = chartFrame(series);
  return series.points.slice(0, 60).map((p) => el('li', { 'data-id': p.id, class: p.disagreement ? 'disagree' : '' },
    el('span', { class: 'swatch', style: `background: ${f.colour(p.place || '?')}` }),
    `${p.place || '?'} · ${periodText(p) || '?'} · ${p.value_text} — `,
    el('span', { class: 'source' }, p.title || p.doc),
    p.disagreement ? el('span', { class: 'check', title: p.disagreement }, ` ≠ ${p.disagreement.replace(/^check\/disagreement: /, '')}`) : ''));
}

// ---- start ----------------------------------------------------------------------------------

$('search').addEventListener('submit', (e) => { e.preventDefault(); search(); });
for (const id of ['kind', 'unit', 'doc', 'from', 'to', 'place', 'period']) $(id).addEventListener('change', () => search());
$('more').addEventListener('click', () => search(true));
/** A bookmarked search (/?q=thu+nhap&kind=value) fills the form before the first search. */
function readAddress() {
  const params = new URLSearchParams(location.search);
  if (params.has('q')) $('text').value = params.get('q');
  for (const name of ['text', 'kind', 'unit', 'doc', 'from', 'to']) if (params.has(name)) $(name).value = params.get(name);
}

readAddress();
loadFilters().catch((err) => { $('status').className = 'error'; $('status').textContent = err.message; });
search();
