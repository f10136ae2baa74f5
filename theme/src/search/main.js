/*
 * Galeri Inovasi: the search page (cari/). Loads the lunr index and the results store that
 * galeri build writes (assets/search/index.js, store.js), queries them as the visitor types,
 * and filters by the facets the store declares (from the content model). The state lives in the
 * address (?q=kir&opd=dishub&tahun=2019), so a filtered view can be shared and Back works.
 * Query semantics (every word required, stems, synonyms, prefixes only while typing, typo
 * correction only for unknown words) are in query.js and rank.js, and on the page's help.
 * esbuild bundles this module and its imports into one classic script (assets/js/search.js):
 * no module script or fetch, so it works from file:// and under any sub-path.
 * Needs lunr.min.js, stemmer-id.js, galeri-analysis.js, search/index.js, search/store.js and
 * search/kata.js (the known Indonesian words) first.
 */
import { createSearch, byName } from './rank.js';
import { createLexicon, suggestions } from './query.js';
import { facetsOf, facetValuesOf, filterAndCount } from './facets.js';
import { emptySelection, readState, saveUrl } from './url-state.js';
import { createMatcher } from './highlight.js';
import { createHitDrawer, PAGE_SIZE, link } from './draw-hits.js';
import { createFacetPanel } from './facet-panel.js';
import { drawActiveFilters } from './active-filters.js';
import { templateCloner } from './templates.js';
import { stringsOf } from './strings.js';
import { listen } from './events.js';

function fail(error) {
  document.getElementById('cari-gagal').hidden = false;
  document.getElementById('cari-ui').hidden = true;
  if (window.console) console.error('Galeri: pencarian tidak dapat dimuat', error);
}

const now = () => (window.performance && performance.now ? performance.now() : Date.now());

function start(root) {
  const analysis = window.GaleriAnalysis, store = window.GALERI_STORE;
  let index;
  try {
    if (!window.lunr || !analysis || !window.GALERI_INDEX || !store || !store.keys) throw new Error('missing script');
    index = window.lunr.Index.load(window.GALERI_INDEX);
  } catch (e) {
    fail(e);
    return;
  }

  const docs = store.docs, labels = store.labels || {}, keys = store.keys, facets = facetsOf(store);
  const lexicon = createLexicon(store, window.GALERI_KATA);
  const text = stringsOf(root), clone = templateCloner(document);
  const page = { document, clone, labels, text, facets };
  const search = createSearch({ analysis, index, trailingWildcard: window.lunr.Query.wildcard.TRAILING, docs, keys, lexicon });
  const everyEntry = byName(docs, keys).map((i) => ({ i, score: 0, terms: null, reasons: null }));
  const values = facetValuesOf(docs, facets);
  const panel = createFacetPanel({ root, clone, docs, labels, text, facets });
  const siteRoot = root.getAttribute('data-root') || '';
  const drawHit = createHitDrawer({ document, clone, docs, labels, siteRoot, isMatch: createMatcher(analysis), keys, facets, fieldLabels: store.fields || {}, text });
  const $ = (id) => document.getElementById(id);
  const list = $('cari-daftar'), countLine = $('cari-jumlah'), orderNote = $('cari-urutan'), moreButton = $('cari-lagi');
  const allWords = $('cari-semua-kata'), partialHeading = $('cari-sebagian'), meant = $('cari-maksud');
  const state = { q: '', typing: false, sel: emptySelection(facets) };
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

  // "Maksud Anda …?" links: the query with an unmatched word respelt to one the index holds.
  function drawSuggestions(show) {
    const links = meant.querySelector('span');
    while (links.firstChild) links.removeChild(links.firstChild);
    const offers = show ? suggestions(state.q, analysis, index, lexicon, 3) : [];
    offers.forEach((s, n) => {
      if (n > 0) links.appendChild(document.createTextNode(', '));
      const a = document.createElement('a');
      a.href = link(siteRoot, 'cari/') + '?q=' + encodeURIComponent(s).replace(/%20/g, '+');
      a.textContent = s;
      links.appendChild(a);
    });
    meant.hidden = offers.length === 0;
  }

  // Query, filter, count and draw: the work of one keystroke.
  function update() {
    const t0 = now();
    const found = search(state.q, !!state.typing);
    // Full matches; when there are none, the entries holding some of the words, under their own heading.
    const partial = !!found && found.full.length === 0 && found.partial.length > 0;
    const hits = !found ? everyEntry : partial ? found.partial : found.full;
    const { results, counts } = filterAndCount(hits, values, state.sel, facets);
    panel.draw(state.sel, counts);
    drawActiveFilters(page, state);

    const q = state.q.trim(), n = results.length, full = partial ? 0 : n;
    countLine.textContent = found
      ? text(full === 1 ? 'jumlah-kueri-satu' : 'jumlah-kueri', full, { q })
      : text(n === 1 ? 'jumlah-satu' : 'jumlah', n);
    orderNote.textContent = n > 1 ? text(found ? 'urut-relevansi' : 'urut-nama') : '';
    $('cari-lihat').textContent = text(n === 1 ? 'lihat-satu' : 'lihat', n);
    allWords.hidden = !partial;
    if (partial) allWords.textContent = text('semua-kata', undefined, { q });
    partialHeading.hidden = !partial || n === 0;
    $('cari-kosong').hidden = n > 0;
    drawSuggestions(!!found && found.full.length === 0);
    root.setAttribute('data-penuh', String(full));

    current = results;
    shownCount = 0;
    while (list.firstChild) list.removeChild(list.firstChild);
    drawMore(false);
    lastMs = now() - t0;
    root.setAttribute('data-ms', lastMs.toFixed(1));
    return lastMs;
  }

  function readUrl() {
    const read = readState(window.location.search, panel.known, facets);
    state.q = read.q;
    state.sel = read.sel;
    state.typing = false;
  }

  const input = $('cari-q');
  try {
    panel.build();
    readUrl();
    input.value = state.q;
    listen({ root, input, state, update, readUrl, drawMore, save: (push) => saveUrl(window, state, push, facets), known: panel.known, facets });
    update();
    root.setAttribute('data-siap', 'true');
    if (window.performance && performance.mark) performance.mark('galeri-cari-siap');
  } catch (e) {
    fail(e);
    return;
  }

  // For benchmarks and tests: type a query (as typed in the box, unless `submitted`) and get the
  // time the whole update took (ms).
  window.GaleriSearch = {
    type(q, submitted) { input.value = q; state.q = q; state.typing = !submitted; return update(); },
    lastMs: () => lastMs
  };
}

const root = document.getElementById('cari');
if (root) start(root);
