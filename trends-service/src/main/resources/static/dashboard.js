// newsflow dashboard: plain browser JavaScript, no build step, no third-party code. Reads the trends API and the
// SSE stream of the service that serves it.
'use strict';

const MAX_ARTICLES = 100;
const REFRESH_DELAY_MS = 1500;
// Windows slide and the counts can trail the live list by a commit interval, so the lists are also refreshed on a
// clock: an article whose counts were not yet in the store when its event arrived shows up on the next tick.
const REFRESH_EVERY_MS = 10000;
const SPARK_WINDOW = { '15m': '15m', '1h': '15m', '1d': '1h' };
const COUNTRY_ALIASES = { 'united states': 'united states of america', 'usa': 'united states of america',
  'us': 'united states of america', 'uk': 'united kingdom', 'britain': 'united kingdom',
  'great britain': 'united kingdom', 'england': 'united kingdom', 'russia': 'russia', 'the netherlands': 'netherlands',
  'holland': 'netherlands', 'czech republic': 'czechia', 'ivory coast': "côte d'ivoire" };

const $ = (id) => document.getElementById(id);
// the header's filters live in the page's query string too, so a filtered view can be bookmarked and shared
const startParams = new URLSearchParams(location.search);
if (['15m', '1h', '1d'].includes(startParams.get('window'))) $('window').value = startParams.get('window');
let currentWindow = $('window').value;
let currentSource = startParams.get('source') || '';
let currentFind = (startParams.get('q') || '').slice(0, 100);
let currentAt = validInstant(startParams.get('at'));
$('find').value = currentFind;
if (currentAt) $('at').value = localInputValue(currentAt);
const sourcesSeen = new Map();   // source id -> name, from the live articles
let refreshTimer = null;
let countryShapes = null;
let isoNumeric = {};   // ISO 3166-1 alpha-2 -> numeric, the ids of the world-atlas country shapes

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== undefined && value !== null) node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(path + ' answered ' + response.status);
  return response.json();
}

function toneClass(score) {
  if (score === null || score === undefined) return '';
  return score <= -0.2 ? 'tone-negative' : score >= 0.2 ? 'tone-positive' : '';
}

function toneText(score) {
  return score === null || score === undefined ? 'tone n/a' : 'tone ' + score.toFixed(2);
}

function validInstant(text) {
  const time = text ? new Date(text) : null;
  return time && !isNaN(time) ? time.toISOString() : '';
}

// a datetime-local input holds local time without a zone: yyyy-mm-ddThh:mm
function localInputValue(iso) {
  const t = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return t.getFullYear() + '-' + pad(t.getMonth() + 1) + '-' + pad(t.getDate()) + 'T' + pad(t.getHours()) + ':'
    + pad(t.getMinutes());
}

function saveFiltersInUrl() {
  const params = new URLSearchParams();
  if (currentWindow !== '1h') params.set('window', currentWindow);
  if (currentSource) params.set('source', currentSource);
  if (currentFind) params.set('q', currentFind);
  if (currentAt) params.set('at', currentAt);
  const query = params.toString();
  history.replaceState(null, '', location.pathname + (query ? '?' + query : '') + location.hash);
}

// as the API compares names (EntityKeys.foldName): case, accents and punctuation do not matter
function fold(text) {
  return String(text || '').normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// the filters of the header, as query parameters of the trends API
function filterParams() {
  return (currentAt ? '&at=' + encodeURIComponent(currentAt) : '')
    + (currentSource ? '&source=' + encodeURIComponent(currentSource) : '')
    + (currentFind ? '&q=' + encodeURIComponent(currentFind) : '');
}

function entityLink(key, label) {
  return el('a', { href: '#/entity/' + encodeURIComponent(key) }, label);
}

// ---- live list -------------------------------------------------------------------------------------------

function articleItem(article) {
  const time = new Date(article.publishedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  const names = [article.headline].concat((article.entities || []).map((e) => e.name + ' ' + e.key));
  return el('li', { 'data-id': article.id, 'data-source': article.sourceId, 'data-text': fold(names.join(' ')),
    class: 'fresh' },
    el('div', { class: 'headline' }, article.headline || article.id),
    el('div', { class: 'meta' }, article.sourceName + ' · ' + time + ' · ',
      el('span', { class: toneClass(article.tone) }, toneText(article.tone))),
    el('div', {},
      (article.entities || []).slice(0, 5).map((e) => el('span', { class: 'chip' }, entityLink(e.key, e.name))),
      (article.topics || []).slice(0, 3).map((t) => el('span', { class: 'chip topic' }, t.label))));
}

function passesFilters(item) {
  return (!currentSource || item.dataset.source === currentSource)
    && (!currentFind || item.dataset.text.includes(fold(currentFind)));
}

function filterArticles() {
  for (const item of $('articles').children) item.hidden = !passesFilters(item);
}

function noteSource(article) {
  const name = article.sourceName || article.sourceId;
  if (!article.sourceId || sourcesSeen.get(article.sourceId) === name) return;
  sourcesSeen.set(article.sourceId, name);
  fillSourceOptions();
}

function fillSourceOptions() {
  const select = $('source');
  const options = [...sourcesSeen.entries()].sort((a, b) => a[1].localeCompare(b[1]))
    .map(([id, name]) => el('option', { value: id }, name));
  select.replaceChildren(el('option', { value: '' }, 'all sources'), ...options);
  select.value = currentSource;
}

function showArticle(article) {
  noteSource(article);
  const list = $('articles');
  const existing = list.querySelector('li[data-id="' + CSS.escape(article.id) + '"]');
  if (existing) existing.remove();
  const item = articleItem(article);
  item.hidden = !passesFilters(item);
  list.prepend(item);
  while (list.children.length > MAX_ARTICLES) list.lastElementChild.remove();
}

function removeArticle(article) {
  const existing = $('articles').querySelector('li[data-id="' + CSS.escape(article.id) + '"]');
  if (existing) existing.remove();
}

function connectStream() {
  const source = new EventSource('api/v1/stream?recent=' + MAX_ARTICLES);
  source.onopen = () => { $('status').textContent = 'live'; };
  source.onerror = () => { $('status').textContent = 'reconnecting…'; };
  source.addEventListener('article', (event) => { showArticle(JSON.parse(event.data)); scheduleRefresh(); });
  source.addEventListener('retraction', (event) => { removeArticle(JSON.parse(event.data)); scheduleRefresh(); });
  source.addEventListener('gap', () => { $('status').textContent = 'live (some articles were missed)'; });
  source.addEventListener('dropped', () => { $('status').textContent = 'dropped as too slow; reconnecting…'; });
}

// ---- trends ----------------------------------------------------------------------------------------------

function scheduleRefresh(delay = REFRESH_DELAY_MS) {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(refreshTrends, delay);
}

// the line is the article count per window; its colour the tone of the window listed (red negative, green positive)
function sparkline(points, tone) {
  const node = svg('svg', { class: ('spark ' + toneClass(tone)).trim(), viewBox: '0 0 70 20', 'aria-hidden': 'true' });
  if (points.length > 0) {
    const max = Math.max(...points.map((p) => p.articles), 1);
    const step = points.length > 1 ? 70 / (points.length - 1) : 0;
    const coords = points.map((p, i) => (i * step).toFixed(1) + ',' + (19 - (p.articles / max) * 18).toFixed(1));
    node.append(svg('polyline', { points: coords.length === 1 ? '0,' + coords[0].split(',')[1] + ' 70,'
      + coords[0].split(',')[1] : coords.join(' ') }));
  }
  return node;
}

function exportLink(listId, path) {
  $(listId + '-csv').href = path.replace('?', '.csv?') + '&window=' + currentWindow + '&limit=200' + filterParams();
}

async function fillTrendList(listId, path) {
  const list = $(listId);
  exportLink(listId, path);
  const answer = await api(path + '&window=' + currentWindow + '&limit=10' + filterParams());
  list.replaceChildren(...answer.items.map((item) => {
    const spark = el('span', { class: 'sparkcell' });
    api('api/v1/entities/' + encodeURIComponent(item.trend.key) + '?window=' + SPARK_WINDOW[currentWindow])
      .then((page) => spark.replaceChildren(sparkline(page.timeline.slice(-12), item.trend.meanSentiment)))
      .catch(() => {});
    return el('li', { 'data-key': item.trend.key },
      entityLink(item.trend.key, item.trend.label),
      el('span', { class: 'count', title: 'articles in this window' }, item.matching),
      spark);
  }));
  if (!answer.items.length) list.replaceChildren(el('li', { class: 'note' }, emptyNote()));
  return answer.items;
}

function emptyNote() {
  return currentSource || currentFind || currentAt ? 'nothing matches the filters in this window'
    : 'nothing in this window yet';
}

async function fillTopics() {
  exportLink('topics', 'api/v1/trends/topics?');
  const answer = await api('api/v1/trends/topics?window=' + currentWindow + '&limit=12' + filterParams());
  const max = Math.max(1, ...answer.items.map((i) => i.matching));
  $('topics').replaceChildren(...answer.items.map((item) => el('li', { 'data-key': item.trend.key },
    el('span', {}, item.trend.label),
    el('span', {}, el('span', { class: 'bar', style: 'display:block;width:' + (100 * item.matching / max) + '%' })),
    el('span', { class: 'count' }, item.matching))));
  if (!answer.items.length) $('topics').replaceChildren(el('li', { class: 'note' }, emptyNote()));
}

async function fillStories() {
  const stories = await api('api/v1/stories?limit=10');
  $('stories').replaceChildren(...stories.map((story) => el('li', { 'data-id': story.id },
    el('a', { href: '#/story/' + encodeURIComponent(story.id) }, story.headline),
    el('span', { class: 'meta' }, ' · ' + story.articleCount + ' article' + (story.articleCount === 1 ? '' : 's')
      + ' from ' + story.sources.join(', ')))));
}

async function refreshTrends() {
  try {
    const [, , places] = await Promise.all([
      fillTrendList('people', 'api/v1/trends/entities?type=PERSON'),
      fillTrendList('orgs', 'api/v1/trends/entities?type=ORGANIZATION'),
      fillTrendList('places', 'api/v1/trends/places?type=LOCATION'),
      fillTopics(), fillStories()]);
    drawMap(places);
  } catch (error) {
    $('status').textContent = 'trends unavailable: ' + error.message;
  } finally {
    scheduleRefresh(REFRESH_EVERY_MS);
  }
}

// ---- world map: TopoJSON decoded here (world-atlas countries-110m, Natural Earth) ------------------------

function decodeTopology(topology) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  const arcs = topology.arcs.map((arc) => {
    let x = 0; let y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  const ring = (indices) => indices.flatMap((i, n) => {
    const points = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    return n === 0 ? points : points.slice(1);
  });
  return topology.objects.countries.geometries.map((geometry) => {
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs]
      : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
    return { id: geometry.id, name: (geometry.properties && geometry.properties.name) || '',
      rings: polygons.flatMap((polygon) => polygon.map(ring)) };
  });
}

async function loadIsoCodes() {
  try {
    // generated from Debian's iso-codes (iso_3166-1.json); without it, countries are matched by name as before
    const response = await fetch('geo/iso-3166-1-numeric.json');
    if (response.ok) isoNumeric = await response.json();
  } catch (error) {
    isoNumeric = {};
  }
}

async function loadCountries() {
  const codes = loadIsoCodes();
  try {
    const response = await fetch('vendor/world-atlas/countries-110m.json');
    if (!response.ok) throw new Error('status ' + response.status);
    countryShapes = decodeTopology(await response.json());
  } catch (error) {
    countryShapes = [];
    $('map-note').textContent = 'Map data was not bundled in this build; places are listed instead.';
  }
  await codes;
}

const project = (lon, lat) => [((lon + 180) * 2).toFixed(1), ((90 - lat) * 2).toFixed(1)];

// Where the event located a place (trend.geo), a country is coloured by its ISO code and a city or region is a
// point at its coordinates; a country too small for the 1:110m shapes is a point at its capital. Places without
// geo (events from before enrich's places stage) are matched to a country by name.
function drawMap(places) {
  if (!countryShapes) return;
  const byShape = new Map();
  const points = [];
  const unmatched = [];
  const shapeIds = new Set(countryShapes.map((c) => c.id));
  const names = new Set(countryShapes.map((c) => c.name.toLowerCase()));
  const add = (key, count) => byShape.set(key, (byShape.get(key) || 0) + count);
  for (const item of places) {
    const geo = item.trend.geo;
    const shapeId = geo && geo.kind === 'country' ? isoNumeric[geo.countryCode] : undefined;
    if (shapeId && shapeIds.has(shapeId)) {
      add('id:' + shapeId, item.matching);
    } else if (geo) {
      points.push({ key: item.trend.key, label: item.trend.label, kind: geo.kind, count: item.matching,
        lon: geo.longitude, lat: geo.latitude });
    } else {
      const name = item.trend.label.toLowerCase();
      const alias = COUNTRY_ALIASES[name] || name;
      if (names.has(alias)) add('name:' + alias, item.matching);
      else unmatched.push(item.trend.label + ' (' + item.matching + ')');
    }
  }
  const articles = (count) => count + ' article' + (count === 1 ? '' : 's');
  if (countryShapes.length) {
    const map = svg('svg', { viewBox: '0 0 720 360' });
    for (const country of countryShapes) {
      const d = country.rings.map((r) => 'M' + r.map(([lon, lat]) => project(lon, lat).join(',')).join('L') + 'Z')
        .join('');
      const path = svg('path', { d, 'data-id': country.id });
      const count = (byShape.get('id:' + country.id) || 0) + (byShape.get('name:' + country.name.toLowerCase()) || 0);
      if (count) {
        path.setAttribute('class', 'hit');
        const title = svg('title', {});
        title.textContent = country.name + ': ' + articles(count);
        path.append(title);
      }
      map.append(path);
    }
    const max = Math.max(1, ...points.map((p) => p.count));
    // larger first, so a small place near a big one stays visible and hoverable
    for (const point of points.sort((a, b) => b.count - a.count)) {
      const [cx, cy] = project(point.lon, point.lat);
      const circle = svg('circle', { cx, cy, r: (1 + 2 * Math.sqrt(point.count / max)).toFixed(1),
        class: 'place ' + point.kind, 'data-key': point.key });
      const title = svg('title', {});
      title.textContent = point.label + ' (' + point.kind + '): ' + articles(point.count);
      circle.append(title);
      map.append(circle);
    }
    map.setAttribute('viewBox', viewBoxOf(mapView));
    $('map').replaceChildren(map);
  }
  $('map-note').textContent = unmatched.length
    ? 'Places not on the map (their events carry no location): ' + unmatched.join(', ')
    : (countryShapes.length ? '' : $('map-note').textContent);
}

// ---- map zoom: the view is a centre and a scale over the 720x360 equirectangular world ------------------------

const WORLD = { width: 720, height: 360 };
const mapView = { x: 360, y: 180, scale: 1 };

function viewBoxOf(view) {
  const w = WORLD.width / view.scale;
  const h = WORLD.height / view.scale;
  return [view.x - w / 2, view.y - h / 2, w, h].map((n) => n.toFixed(1)).join(' ');
}

// keeps the view inside the world, so zooming out or panning never shows empty sea beyond the map's edges
function setMapView(x, y, scale) {
  mapView.scale = Math.min(16, Math.max(1, scale));
  const halfW = WORLD.width / mapView.scale / 2;
  const halfH = WORLD.height / mapView.scale / 2;
  mapView.x = Math.min(WORLD.width - halfW, Math.max(halfW, x));
  mapView.y = Math.min(WORLD.height - halfH, Math.max(halfH, y));
  const map = $('map').querySelector('svg');
  if (map) map.setAttribute('viewBox', viewBoxOf(mapView));
}

$('zoom-in').addEventListener('click', () => setMapView(mapView.x, mapView.y, mapView.scale * 2));
$('zoom-out').addEventListener('click', () => setMapView(mapView.x, mapView.y, mapView.scale / 2));
$('zoom-reset').addEventListener('click', () => setMapView(360, 180, 1));
$('map').addEventListener('keydown', (event) => {
  const step = 60 / mapView.scale;
  const moves = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
  if (event.key === '+' || event.key === '=') setMapView(mapView.x, mapView.y, mapView.scale * 2);
  else if (event.key === '-') setMapView(mapView.x, mapView.y, mapView.scale / 2);
  else if (moves[event.key]) setMapView(mapView.x + moves[event.key][0], mapView.y + moves[event.key][1], mapView.scale);
  else return;
  event.preventDefault();
});
// a click centres the map there and zooms in one step
$('map').addEventListener('click', (event) => {
  const map = $('map').querySelector('svg');
  if (!map) return;
  const box = map.getBoundingClientRect();
  const [vx, vy, vw, vh] = viewBoxOf(mapView).split(' ').map(Number);
  setMapView(vx + (event.clientX - box.left) / box.width * vw, vy + (event.clientY - box.top) / box.height * vh,
    mapView.scale * 2);
});

// ---- entity and story pages ------------------------------------------------------------------------------

// bars: articles per window; the orange line: the window's mean sentiment, from -1 (bottom) to +1 (top), dashed zero
function timelineChart(points) {
  // left-aligned: the box is wider than 600:160 on a desktop, and a centred chart put the first window mid-page
  const node = svg('svg', { viewBox: '0 0 600 160', preserveAspectRatio: 'xMinYMid meet', role: 'img',
    'aria-label': 'articles per window (bars) and mean sentiment (line, -1 to +1)' });
  const max = Math.max(1, ...points.map((p) => p.articles));
  const width = Math.min(40, 600 / Math.max(points.length, 1));   // one window is a bar, not a wall
  const toneY = (score) => (80 - score * 70).toFixed(1);
  node.append(svg('line', { class: 'zero', x1: 0, x2: 600, y1: 80, y2: 80 }));
  points.forEach((p, i) => {
    const h = (p.articles / max) * 140;
    const bar = svg('rect', { x: (i * width + 1).toFixed(1), y: (150 - h).toFixed(1),
      width: Math.max(1, width - 2).toFixed(1), height: h.toFixed(1) });
    const title = svg('title', {});
    title.textContent = new Date(p.windowStart).toLocaleString() + ': ' + p.articles + ' articles, '
      + toneText(p.meanSentiment);
    bar.append(title);
    node.append(bar);
  });
  const toned = points.map((p, i) => [i, p.meanSentiment]).filter(([, score]) => score !== null);
  if (toned.length > 1) {
    node.append(svg('polyline', { class: 'tone', points: toned.map(([i, score]) =>
      (i * width + width / 2).toFixed(1) + ',' + toneY(score)).join(' ') }));
  }
  for (const [i, score] of toned) {
    node.append(svg('circle', { class: 'tone', r: 3, cx: (i * width + width / 2).toFixed(1), cy: toneY(score),
      'data-sentiment': score }));
  }
  return node;
}

// how many of the entity's articles each source carried over the kept windows, most first, with each source's
// share of all of them: which outlets cover this name, and how much
function sourceComparison(points) {
  const totals = new Map();
  for (const point of points) {
    for (const [source, count] of Object.entries(point.sources || {})) {
      totals.set(source, (totals.get(source) || 0) + count);
    }
  }
  if (!totals.size) return el('p', { class: 'note' }, 'no source counts in the kept windows');
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  const max = Math.max(...totals.values());
  const rows = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return el('ol', { class: 'bars sources' }, rows.map(([source, count]) => el('li', { 'data-source': source },
    el('span', {}, sourcesSeen.get(source) || source),
    el('span', {}, el('span', { class: 'bar', style: 'display:block;width:' + (100 * count / max) + '%' })),
    el('span', { class: 'count' }, count + ' (' + Math.round(100 * count / all) + '%)'))));
}

async function showEntity(key) {
  const page = await api('api/v1/entities/' + encodeURIComponent(key) + '?window=' + SPARK_WINDOW[currentWindow]);
  const points = page.timeline;
  const sentiments = points.filter((p) => p.meanSentiment !== null);
  const mean = sentiments.length ? sentiments.reduce((s, p) => s + p.meanSentiment, 0) / sentiments.length : null;
  return [
    el('p', {}, el('a', { href: '#/' }, '← all trends')),
    el('h2', {}, page.label + ' ', el('span', { class: 'meta' }, page.type)),
    el('p', {}, points.reduce((s, p) => s + p.articles, 0) + ' articles in the kept windows · ',
      el('span', { class: toneClass(mean) }, 'mean sentiment ' + (mean === null ? 'n/a' : mean.toFixed(2)))),
    el('div', { class: 'timeline' }, timelineChart(points)),
    el('p', { class: 'note' }, 'Bars: articles per ' + SPARK_WINDOW[currentWindow] + ' window. Orange: the window\'s '
      + 'mean sentiment, from −1 (bottom) to +1 (top); the dashed line is 0. ',
      el('a', { id: 'timeline-csv', download: '', href: 'api/v1/entities/' + encodeURIComponent(key)
        + '/timeline.csv?window=' + SPARK_WINDOW[currentWindow] }, 'Timeline as CSV')),
    el('h3', {}, 'By source'),
    sourceComparison(points),
    el('h3', {}, 'Quotes'),
    page.quotes.length ? el('ul', { class: 'quotes' }, page.quotes.map((q) => el('li', { 'data-article': q.articleId },
      el('blockquote', {}, '\u201c' + q.text + '\u201d'),
      el('div', { class: 'meta' }, q.speakerName + ' in \u201c' + q.headline + '\u201d (' + q.articleId + ') \u00b7 '
        + new Date(q.publishedAt).toLocaleString()))))
      : el('p', { class: 'note' }, page.label + ': no quotes yet in the kept articles.'),
    el('h3', {}, 'Stories'),
    el('ol', { class: 'stories' }, page.stories.map((story) => el('li', {},
      el('a', { href: '#/story/' + encodeURIComponent(story.id) }, story.headline),
      el('span', { class: 'meta' }, ' · ' + story.articleCount + ' articles'))))];
}

async function showStory(id) {
  const story = await api('api/v1/stories/' + encodeURIComponent(id));
  return [
    el('p', {}, el('a', { href: '#/' }, '← all trends')),
    el('h2', {}, story.headline),
    el('p', { class: 'meta' }, story.articleCount + ' articles from ' + story.sources.join(', ') + ', '
      + new Date(story.firstPublished).toLocaleString() + ' – ' + new Date(story.lastPublished).toLocaleString()),
    el('p', {}, story.entityKeys.map((k) => el('span', { class: 'chip' }, entityLink(k, k.replace(/^[A-Z]+:/, ''))))),
    el('ol', { class: 'stories' }, story.articles.map((a) => el('li', { 'data-id': a.id },
      el('div', { class: 'headline' }, a.headline),
      el('div', { class: 'meta' }, a.sourceId + ' · ' + new Date(a.publishedAt).toLocaleString() + ' · '
        + a.relation + (a.relation === 'first' ? '' : ' (similarity ' + a.similarity.toFixed(2) + ')')))))];
}

async function route() {
  const hash = decodeURIComponent(location.hash.slice(1));
  const detail = $('detail');
  const match = hash.match(/^\/(entity|story)\/(.+)$/);
  if (!match) {
    detail.hidden = true;
    $('home').hidden = false;
    return;
  }
  $('home').hidden = true;
  detail.hidden = false;
  try {
    detail.replaceChildren(...await (match[1] === 'entity' ? showEntity(match[2]) : showStory(match[2])));
  } catch (error) {
    detail.replaceChildren(el('p', {}, el('a', { href: '#/' }, '← all trends')),
      el('p', {}, 'Not available: ' + error.message));
  }
  $('main').focus();
}

$('window').addEventListener('change', () => {
  currentWindow = $('window').value; saveFiltersInUrl(); refreshTrends(); route();
});
$('source').addEventListener('change', () => {
  currentSource = $('source').value; saveFiltersInUrl(); filterArticles(); refreshTrends();
});
$('at').addEventListener('change', () => {
  currentAt = validInstant($('at').value); saveFiltersInUrl(); refreshTrends();
});
let findTimer = null;
$('find').addEventListener('input', () => {
  // one query per pause in typing, not per key
  clearTimeout(findTimer);
  findTimer = setTimeout(() => {
    currentFind = $('find').value.trim(); saveFiltersInUrl(); filterArticles(); refreshTrends();
  }, 250);
});
window.addEventListener('hashchange', route);
if (currentSource) {
  // from a bookmark: selectable before its first article arrives, named by its id until then
  sourcesSeen.set(currentSource, currentSource);
  fillSourceOptions();
}
loadCountries().then(refreshTrends);
connectStream();
route();
