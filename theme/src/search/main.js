/*
 * Galeri Inovasi: the search page (cari/). Loads the lunr index and the results store that
 * galeri build writes (assets/search/index.js, store.js), queries them as the visitor types,
 * and filters by OPD, urusan, jenis, tahapan, status and year. The state lives in the address
 * (?q=kir&opd=dishub&tahun=2019), so a filtered view can be shared and Back works.
 * esbuild bundles this module and its imports into one classic script (assets/js/search.js):
 * no module script or fetch, so it works from file:// and under any sub-path.
 * Needs lunr.min.js, stemmer-id.js, galeri-analysis.js, search/index.js and search/store.js first.
 */
import { createSearch, byName } from './rank.js';
import { facetValuesOf, filterAndCount } from './facets.js';
import { emptySelection, readState, saveUrl } from './url-state.js';
import { createMatcher } from './highlight.js';
import { createHitDrawer, PAGE_SIZE } from './draw-hits.js';
import { createFacetPanel } from './facet-panel.js';
import { drawActiveFilters } from './active-filters.js';
import { templateCloner } from './templates.js';
import { stringsOf } from './strings.js';
import { listen } from './events.js';

function fail(error) {
  document.getElementById('cari-gagal').hidden = false;
  if (window.console) console.error('Galeri: pencarian tidak dapat dimuat', error);
}

const now = () => (window.performance && performance.now ? performance.now() : Date.now());

function start(root) {
  const analysis = window.GaleriAnalysis, store = window.GALERI_STORE;
  let index;
  try {
    if (!window.lunr || !analysis || !window.GALERI_INDEX || !store) throw new Error('missing script');
    index = window.lunr.Index.load(window.GALERI_INDEX);
  } catch (e) {
    fail(e);
    return;
  }

  const docs = store.docs, labels = store.labels || {};
  const text = stringsOf(root), clone = templateCloner(document);
  const page = { document, clone, labels, text };
  const search = createSearch({ analysis, index, trailingWildcard: window.lunr.Query.wildcard.TRAILING, docs });
  const everyEntry = byName(docs).map((i) => ({ i, score: 0, words: 0, terms: null }));
  const values = facetValuesOf(docs);
  const panel = createFacetPanel({ root, clone, docs, labels, text });
  const drawHit = createHitDrawer({ document, clone, docs, labels, siteRoot: root.getAttribute('data-root') || '', isMatch: createMatcher(analysis) });
  const $ = (id) => document.getElementById(id);
  const list = $('cari-daftar'), countLine = $('cari-jumlah'), orderNote = $('cari-urutan'), moreButton = $('cari-lagi');
  const state = { q: '', sel: emptySelection() };
  let current = [], shownCount = 0, lastMs = 0;

  function drawMore(focusFirst) {
    const fragment = document.createDocumentFragment(), from = shownCount;
    const to = Math.min(current.length, shownCount + PAGE_SIZE);
    for (let i = from; i < to; i++) fragment.appendChild(drawHit(current[i]));
    list.appendChild(fragment);
    shownCount = to;
    const rest = current.length - shownCount;
    moreButton.hidden = rest <= 0;
    moreButton.textContent = text('lebih', Math.min(rest, PAGE_SIZE));
    if (focusFirst && list.children[from]) list.children[from].querySelector('a').focus();
  }

  // Query, filter, count and draw: the work of one keystroke.
  function update() {
    const t0 = now();
    const hits = search(state.q);
    const { results, counts } = filterAndCount(hits || everyEntry, values, state.sel);
    panel.draw(state.sel, counts);
    drawActiveFilters(page, state);

    const q = state.q.trim(), n = results.length;
    countLine.textContent = hits
      ? text(n === 1 ? 'jumlah-kueri-satu' : 'jumlah-kueri', n, { q })
      : text(n === 1 ? 'jumlah-satu' : 'jumlah', n);
    orderNote.textContent = n > 1 ? text(hits ? 'urut-relevansi' : 'urut-nama') : '';
    $('cari-lihat').textContent = text(n === 1 ? 'lihat-satu' : 'lihat', n);
    $('cari-kosong').hidden = n > 0;

    current = results;
    shownCount = 0;
    while (list.firstChild) list.removeChild(list.firstChild);
    drawMore(false);
    lastMs = now() - t0;
    root.setAttribute('data-ms', lastMs.toFixed(1));
    return lastMs;
  }

  function readUrl() {
    const read = readState(window.location.search, panel.known);
    state.q = read.q;
    state.sel = read.sel;
  }

  const input = $('cari-q');
  try {
    panel.build();
    readUrl();
    input.value = state.q;
    listen({ root, input, state, update, readUrl, drawMore, save: (push) => saveUrl(window, state, push), known: panel.known });
    $('cari-kepala').hidden = false;
    $('cari-ui').hidden = false;
    update();
    root.setAttribute('data-siap', 'true');
    if (window.performance && performance.mark) performance.mark('galeri-cari-siap');
  } catch (e) {
    fail(e);
    return;
  }

  // For benchmarks and tests: type a query and get the time the whole update took (ms).
  window.GaleriSearch = {
    type(q) { input.value = q; state.q = q; return update(); },
    lastMs: () => lastMs
  };
}

const root = document.getElementById('cari');
if (root) start(root);
