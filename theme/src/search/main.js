/*
 * Galeri Inovasi: the search page (cari/). Reads the search data galeri build splits into parts
 * (SearchFiles.cs): meta.js comes with the page (facets and their columns, synonyms, shard keys);
 * the index shards of the query's words, the documents of the results drawn, and for a misspelt
 * word the term list and the known words are loaded as the query needs them (parts.js). Filters by
 * the facets the data declares (from the content model). The state lives in the address
 * (?q=kir&opd=dishub&tahun=2019), so a filtered view can be shared and Back works.
 * Query semantics (every word required, stems, synonyms, prefixes only while typing, typo
 * correction only for unknown words) are in query.js and rank.js, and on the page's help.
 * esbuild bundles this module and its imports into one classic script (assets/js/search.js):
 * no module script or fetch, so it works from file:// and under any sub-path.
 * Needs stemmer-id.js, galeri-analysis.js and search/meta.js first.
 */
import { createSearch } from './rank.js';
import { createLexicon, suggestions } from './query.js';
import { facetsOf, columnsOf, filterAndCount } from './facets.js';
import { emptySelection, readState, saveUrl } from './url-state.js';
import { createMatcher } from './highlight.js';
import { createHitDrawer, PAGE_SIZE, link, firstScreenSize } from './draw-hits.js';
import { createFacetPanel } from './facet-panel.js';
import { drawActiveFilters } from './active-filters.js';
import { templateCloner } from './templates.js';
import { stringsOf } from './strings.js';
import { listen } from './events.js';
import { createPartLoader, scriptAdder } from './parts.js';
import { createSplitIndex } from './split-index.js';
import { runLoading, docsPart } from './run.js';
import { plainView, filteredView } from './ranked.js';

function fail(error) {
  document.getElementById('cari-gagal').hidden = false;
  document.getElementById('cari-ui').hidden = true;
  if (window.console) console.error('Galeri: pencarian tidak dapat dimuat', error);
}

const now = () => (window.performance && performance.now ? performance.now() : Date.now());

function start(root) {
  const analysis = window.GaleriAnalysis, registry = () => window.GALERI_BAGIAN;
  const meta = registry() && registry().meta;
  if (!analysis || !meta || !meta.keys) {
    fail(new Error('missing script'));
    return;
  }
  const siteRoot = root.getAttribute('data-root') || '';
  const parts = createPartLoader({ base: siteRoot, addScript: scriptAdder(document), registry });
  const index = createSplitIndex(meta, parts);
  const lexicon = createLexicon(meta, () => {
    const words = parts.get('kata');
    if (words === undefined) { index.missing.kata = true; return null; }
    return words;
  });
  const labels = meta.labels || {}, keys = meta.keys, facets = facetsOf(meta), columns = columnsOf(meta, meta.n);
  const text = stringsOf(root), clone = templateCloner(document);
  const page = { document, clone, labels, text, facets };
  const search = createSearch({ analysis, index, lexicon });
  const everyEntry = plainView(Array.from({ length: meta.n }, (_, i) => i));
  const panel = createFacetPanel({ root, clone, labels, text, facets });
  const docOf = (i) => parts.get(docsPart(i, meta.chunk))[i % meta.chunk];
  const drawHit = createHitDrawer({ document, clone, docOf, labels, siteRoot, isMatch: createMatcher(analysis), keys, facets, fieldLabels: meta.fields || {}, text });
  const $ = (id) => document.getElementById(id);
  const list = $('cari-daftar'), countLine = $('cari-jumlah'), orderNote = $('cari-urutan'), moreButton = $('cari-lagi');
  const allWords = $('cari-semua-kata'), partialHeading = $('cari-sebagian'), meant = $('cari-maksud');
  const state = { q: '', typing: false, sel: emptySelection(facets) };
  let current = plainView([]), found = null, shownCount = 0, lastMs = 0, lastPageMs = 0, seq = 0, built = false, shownOnce = false;
  // The options each facet offers, known before the panel is drawn (the address is read against them).
  const known = {};
  facets.forEach((f) => { known[f.key] = {}; f.values.forEach((v) => { known[f.key][v] = true; }); });

  // The documents of entries about to be drawn.
  const loadDocs = (from, to) => {
    const names = {};
    for (let k = from; k < to; k++) names[docsPart(current.at(k), meta.chunk)] = true;
    return parts.loadAll(Object.keys(names));
  };

  // The filtered results (in order as far as drawn: ranked.js) and counts of the last hits and
  // selection: a keystroke that leaves both as they were (a letter with no word yet: every entry; a
  // word still being typed that changes no clause) costs no pass over the catalog.
  let filtered = null;
  function filterOnce(hits, ahead) {
    const key = JSON.stringify(state.sel);
    if (!filtered || filtered.hits !== hits || filtered.key !== key) {
      const { positions, counts } = filterAndCount(hits.entries(), columns, state.sel, facets);
      filtered = { hits, key, out: { results: filteredView(hits, positions, ahead), counts } };
    }
    return filtered.out;
  }

  const hitOf = (i) => (found ? found.describe(i) : { i, score: 0, terms: null, reasons: null });

  // Draws hits from..to; `restComing`: the rest of the page is on its way (no "show more" yet).
  function drawPage(from, to, focusFirst, restComing) {
    const fragment = document.createDocumentFragment();
    for (let k = from; k < to; k++) fragment.appendChild(drawHit(hitOf(current.at(k))));
    list.appendChild(fragment);
    shownCount = to;
    const rest = current.length - shownCount;
    moreButton.hidden = rest <= 0 || !!restComing;
    moreButton.textContent = text('lebih', Math.min(rest, PAGE_SIZE));
    if (focusFirst && list.children[from]) list.children[from].querySelector('a').focus();
  }

  function drawMore(focusFirst) {
    const from = shownCount, to = Math.min(current.length, shownCount + PAGE_SIZE), mine = seq;
    return loadDocs(from, to).then(() => { if (mine === seq && shownCount === from) drawPage(from, to, focusFirst); }, fail);
  }

  // "Maksud Anda …?" links: the query with an unmatched word respelt to one the index holds.
  function drawSuggestions(offers) {
    const links = meant.querySelector('span');
    while (links.firstChild) links.removeChild(links.firstChild);
    offers.forEach((s, n) => {
      if (n > 0) links.appendChild(document.createTextNode(', '));
      const a = document.createElement('a');
      a.href = link(siteRoot, 'cari/') + '?q=' + encodeURIComponent(s).replace(/%20/g, '+');
      a.textContent = s;
      links.appendChild(a);
    });
    meant.hidden = offers.length === 0;
  }

  // After the browser has painted what is drawn now (a hidden page paints nothing: no wait).
  const afterPaint = () => new Promise((resolve) => {
    if (document.visibilityState === 'hidden' || !window.requestAnimationFrame) window.setTimeout(resolve, 0);
    else window.requestAnimationFrame(() => window.setTimeout(resolve, 0));
  });

  // Query (loading the parts it needs), filter, count and draw: the work of one keystroke. What fits
  // on a screen is drawn first, complete (count line, filters, the first hits with all they show),
  // as soon as the documents of those hits have loaded; the rest of the page of PAGE_SIZE follows
  // once the browser has painted that and the rest's documents are there (they sit below the fold,
  // so nothing above moves). Resolves, once the page is complete, to the time until the first
  // screen was drawn (ms); a keystroke overtaken by a newer one draws nothing.
  function update() {
    const t0 = now(), mine = ++seq, q = state.q, typing = !!state.typing;
    return runLoading(index, parts, () => {
      index.clearMissing();
      const result = search(q, typing);
      if (result === undefined) return undefined;
      const offers = result && result.fullView.length === 0 ? suggestions(q, analysis, index, lexicon, 3) : [];
      return index.missingParts().length ? undefined : { result, offers };
    }).then(({ result, offers }) => {
      if (mine !== seq) return lastMs;
      // Full matches; when there are none, the entries holding some of the words, under their own heading.
      const partial = !!result && result.fullView.length === 0 && result.partialView.length > 0;
      const hits = !result ? everyEntry : partial ? result.partialView : result.fullView;
      const { results, counts } = filterOnce(hits, PAGE_SIZE);
      const previous = current;
      current = results;
      const pageEnd = Math.min(results.length, PAGE_SIZE), first = Math.min(pageEnd, firstScreenSize(window));
      return loadDocs(0, first).then(() => {
        if (mine !== seq) { current = previous; return lastMs; }
        found = result;
        // The filter options are drawn with the first results, in the same frame: drawn earlier,
        // without their counts, the panel would change height when they come (a layout shift).
        if (!built) { panel.build(); built = true; }
        panel.draw(state.sel, counts);
        drawActiveFilters(page, state);
        const shown = q.trim(), n = results.length, full = partial ? 0 : n;
        countLine.textContent = result
          ? text(full === 1 ? 'jumlah-kueri-satu' : 'jumlah-kueri', full, { q: shown })
          : text(n === 1 ? 'jumlah-satu' : 'jumlah', n);
        orderNote.textContent = n > 1 ? text(result ? 'urut-relevansi' : 'urut-nama') : '';
        $('cari-lihat').textContent = text(n === 1 ? 'lihat-satu' : 'lihat', n);
        allWords.hidden = !partial;
        if (partial) allWords.textContent = text('semua-kata', undefined, { q: shown });
        partialHeading.hidden = !partial || n === 0;
        $('cari-kosong').hidden = n > 0;
        drawSuggestions(offers);
        root.setAttribute('data-penuh', String(full));
        shownCount = 0;
        while (list.firstChild) list.removeChild(list.firstChild);
        drawPage(0, first, false, first < pageEnd);
        lastMs = now() - t0;
        root.setAttribute('data-ms', lastMs.toFixed(1));
        if (!shownOnce && window.performance && performance.mark) performance.mark('galeri-cari-siap');
        shownOnce = true;
        const finish = () => { lastPageMs = now() - t0; root.setAttribute('data-lengkap', 'true'); return lastMs; };
        if (first >= pageEnd) return finish();
        root.setAttribute('data-lengkap', 'false');
        return Promise.all([loadDocs(first, pageEnd), afterPaint()]).then(() => {
          if (mine !== seq) return lastMs;
          if (shownCount === first) drawPage(first, pageEnd, false);
          return finish();
        });
      });
    }).catch((e) => { fail(e); throw e; });
  }

  function readUrl() {
    const read = readState(window.location.search, known, facets);
    state.q = read.q;
    state.sel = read.sel;
    state.typing = false;
  }

  const input = $('cari-q');
  try {
    readUrl();
    input.value = state.q;
    listen({ root, input, state, update, readUrl, drawMore, save: (push) => saveUrl(window, state, push, facets), known, facets });
  } catch (e) {
    fail(e);
    return;
  }
  update().then(() => { root.setAttribute('data-siap', 'true'); }, () => {});

  // For benchmarks and tests: type a query (as typed in the box, unless `submitted`); resolves once
  // the page of results is complete, to the time until its first screen was drawn (ms, loading
  // included); pageMs() is the time until the whole page of PAGE_SIZE was drawn.
  window.GaleriSearch = {
    type(q, submitted) { input.value = q; state.q = q; state.typing = !submitted; return update(); },
    lastMs: () => lastMs,
    pageMs: () => lastPageMs
  };
}

const root = document.getElementById('cari');
if (root) start(root);
