/*
 * Galeri Inovasi: the search page (cari/). Loads the lunr index and the results store that
 * galeri build writes (assets/search/index.js, store.js), queries them as the visitor types,
 * and filters by OPD, urusan, jenis, tahapan, status and year. The state lives in the address
 * (?q=kir&opd=dishub&tahun=2019), so a filtered view can be shared and Back works.
 * Classic script, no modules or fetch: it must work from file:// and under any sub-path.
 * Needs lunr.min.js, stemmer-id.js, galeri-analysis.js, search/index.js and search/store.js first.
 */
(function (window, document) {
  'use strict';

  var root = document.getElementById('cari');
  if (!root) return;

  var PAGE_SIZE = 24;       // results drawn at once (a keystroke stays fast); "show more" adds the next
  var DEBOUNCE_MS = 100;    // search as you type
  var FACET_VISIBLE = 6;    // options shown before "show all"
  var MIN_TOKEN = 2;        // a single letter is not a query yet
  var MIN_PREFIX = 3;       // "pa*" reaches most of the index: prefix matching starts at three letters

  // The facets, in the order of the URL and the panel: URL key, store field, label group, order.
  var FACETS = [
    { key: 'opd', field: 'o', labels: 'opd', order: 'label' },
    { key: 'urusan', field: 'ur', labels: 'urusan', order: 'label' },
    { key: 'jenis', field: 'j', labels: 'jenis', order: 'store' },
    { key: 'tahapan', field: 't', labels: 'tahapan', order: 'store' },
    { key: 'status', field: 's', labels: 'status', order: 'store' },
    { key: 'tahun', field: 'y', labels: null, order: 'desc' }
  ];

  // Indonesian prefixes the stemmer removes, so a word still being typed ("pelay", "pendaf")
  // can reach the stem of the whole word ("layan", "daftar"); [prefix, replacement].
  var PREFIXES = [
    ['meng', ''], ['meny', 's'], ['men', ''], ['mem', ''], ['mem', 'p'], ['me', ''],
    ['peng', ''], ['peny', 's'], ['pen', ''], ['pem', ''], ['pem', 'p'], ['pe', ''],
    ['di', ''], ['ter', ''], ['ke', ''], ['ber', ''], ['be', ''], ['per', '']
  ];
  var LETTERS = 'abcdefghijklmnopqrstuvwxyz';
  var WORD_RE = /[0-9A-Za-z\u00C0-\u024F]+(?:['\u2019-][0-9A-Za-z\u00C0-\u024F]+)*/g;

  var $ = function (id) { return document.getElementById(id); };
  var hasOwn = function (o, k) { return Object.prototype.hasOwnProperty.call(o, k); };
  var now = function () { return window.performance && performance.now ? performance.now() : Date.now(); };

  function text(key, n, extra) {
    var s = root.getAttribute('data-t-' + key) || '';
    if (n !== undefined) s = s.replace('{n}', String(n));
    // A function, so "$&" typed in the box is not read as a replacement pattern.
    if (extra) Object.keys(extra).forEach(function (k) { s = s.replace('{' + k + '}', function () { return extra[k]; }); });
    return s;
  }

  function el(tag, className, content) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (content !== undefined && content !== null) e.textContent = content;
    return e;
  }

  function fail(error) {
    $('cari-gagal').hidden = false;
    if (window.console) console.error('Galeri: pencarian tidak dapat dimuat', error);
  }

  // ---- Loading ------------------------------------------------------------------------------

  var A = window.GaleriAnalysis, store = window.GALERI_STORE, idx;
  try {
    if (!window.lunr || !A || !window.GALERI_INDEX || !store) throw new Error('missing script');
    idx = window.lunr.Index.load(window.GALERI_INDEX);
  } catch (e) {
    fail(e);
    return;
  }

  var docs = store.docs, labels = store.labels || {};
  var GUESS_FIELDS = idx.fields.filter(function (f) { return f !== 'isi'; });
  var siteRoot = root.getAttribute('data-root') || '';
  var refIndex = {};
  for (var d = 0; d < docs.length; d++) refIndex[docs[d].id] = d;

  var byName = docs.map(function (doc, i) { return i; });
  byName.sort(function (a, b) {
    return docs[a].n.localeCompare(docs[b].n, 'id', { sensitivity: 'base' }) || (docs[a].id < docs[b].id ? -1 : 1);
  });

  function facetValue(doc, facet) {
    var v = doc[facet.field];
    return v === undefined || v === null || v === '' ? null : String(v);
  }

  var docFacets = docs.map(function (doc) {
    return FACETS.map(function (f) { return facetValue(doc, f); });
  });

  function facetLabel(facet, value) {
    var group = facet.labels && labels[facet.labels];
    return group && hasOwn(group, value) ? group[value] : value;
  }

  // ---- Query --------------------------------------------------------------------------------

  // The words of a query: drop stop words and repeats, keep the stem plus what typos may reach.
  // Only the word still being typed (the last, with no space after it) is also a prefix, so
  // "data terbuka" does not find "kedatangan" (stem "datang") while "pelay" finds "pelayanan".
  function parseQuery(q) {
    q = q || '';
    var raw = A.tokenize(q), tokens = [], seen = {};
    var typing = /[0-9A-Za-z\u00C0-\u024F]$/.test(q);
    for (var i = 0; i < raw.length; i++) {
      var t = raw[i];
      if (t.length < MIN_TOKEN || A.isStopWord(t) || hasOwn(seen, t)) continue;
      seen[t] = true;
      var stem = A.stem(t) || t;
      var prefixes = typing && i === raw.length - 1 && t.length >= MIN_PREFIX ? prefixesOf(t, stem) : [];
      tokens.push({
        raw: t, stem: stem, cache: {}, prefixes: prefixes,
        fuzzy: t.length >= 5 && stem.length >= 4,
        // A word being typed that already begins some term is unfinished, not misspelled.
        variants: prefixes.some(startsAnyTerm) ? [] : typoStems(t, stem)
      });
    }
    return tokens;
  }

  // Prefixes for the word being typed: its stem and itself, and only when no index term starts
  // with either ("pelay", "kese"), the forms without an Indonesian prefix ("lay", "se"), so that
  // a whole word such as "peta" does not also find every term starting with "ta".
  function prefixesOf(t, stem) {
    var list = [stem], strip = !startsAnyTerm(stem) && !startsAnyTerm(t), i, p;
    if (t !== stem) list.push(t);
    for (i = 0; strip && i < PREFIXES.length; i++) {
      p = PREFIXES[i];
      if (t.length > p[0].length && t.lastIndexOf(p[0], 0) === 0) list.push(p[1] + t.slice(p[0].length));
    }
    // At least two letters each; keep the shortest ("lay*" already covers "laya*").
    return list.filter(function (c, j) {
      if (c.length < MIN_TOKEN) return false;
      for (var k = 0; k < list.length; k++) {
        if (k !== j && list[k].length >= MIN_TOKEN && list[k].length < c.length && c.lastIndexOf(list[k], 0) === 0) return false;
        if (k < j && list[k] === c) return false;
      }
      return true;
    });
  }

  // Whether some index term starts with p: a walk down lunr's trie of terms.
  function startsAnyTerm(p) {
    var node = idx.tokenSet;
    for (var i = 0; node && i < p.length; i++) node = node.edges[p.charAt(i)];
    return !!node;
  }

  // A misspelled word ("pendaftran") may stem to nothing in the index ("daftran"), too far from
  // the right stem ("daftar") for a fuzzy match on stems. So every spelling one edit away from the
  // word itself is stemmed, and the stems the index knows are searched too.
  function typoStems(t, stem) {
    if (t.length < 5 || t.length > 24 || hasOwn(idx.invertedIndex, stem)) return [];
    var found = {}, out = [], i, j, c;
    function tryWord(w) {
      var s = A.stem(w);
      if (s && s !== stem && !hasOwn(found, s) && hasOwn(idx.invertedIndex, s)) { found[s] = true; out.push(s); }
    }
    for (i = 0; i <= t.length; i++) {
      if (i < t.length) tryWord(t.slice(0, i) + t.slice(i + 1));
      if (i < t.length - 1) tryWord(t.slice(0, i) + t.charAt(i + 1) + t.charAt(i) + t.slice(i + 2));
      for (j = 0; j < LETTERS.length; j++) {
        c = LETTERS.charAt(j);
        tryWord(t.slice(0, i) + c + t.slice(i));
        if (i < t.length && c !== t.charAt(i)) tryWord(t.slice(0, i) + c + t.slice(i + 1));
      }
    }
    return out;
  }

  // One edit apart (insert, delete, substitute, swap two neighbours), as lunr's editDistance: 1.
  function oneEdit(a, b) {
    if (a === b) return true;
    var la = a.length, lb = b.length, i = 0;
    if (Math.abs(la - lb) > 1) return false;
    while (i < la && i < lb && a.charAt(i) === b.charAt(i)) i++;
    if (la === lb) {
      return a.slice(i + 1) === b.slice(i + 1) ||
        (a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2));
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  // Whether an index term matched by the query came from this query word.
  function tokenHasTerm(token, term) {
    if (hasOwn(token.cache, term)) return token.cache[term];
    var yes = term === token.stem || token.variants.indexOf(term) >= 0 || (token.fuzzy && oneEdit(term, token.stem));
    for (var i = 0; !yes && i < token.prefixes.length; i++) yes = term.lastIndexOf(token.prefixes[i], 0) === 0;
    token.cache[term] = yes;
    return yes;
  }

  // Clauses per word: the exact stem (boost 10) and the stems of one-edit spellings (boost 1:
  // typos) in every field; for the word being typed, the stem, the word and its prefix-stripped
  // forms as prefixes (3, then 2), and for words of five letters or more a fuzzy stem
  // (editDistance 1, boost 1), both in every field but the body: guesses about half a word or a
  // typo match the name, acronym, tags, summary, OPD and urusan, not every passing word in the body.
  function runQuery(tokens) {
    var W = window.lunr.Query.wildcard;
    var results = idx.query(function (q) {
      tokens.forEach(function (t) {
        q.term(t.stem, { usePipeline: false, boost: 10 });
        t.prefixes.forEach(function (p, i) {
          q.term(p, { usePipeline: false, wildcard: W.TRAILING, boost: i === 0 ? 3 : 2, fields: GUESS_FIELDS });
        });
        if (t.fuzzy) q.term(t.stem, { usePipeline: false, editDistance: 1, boost: 1, fields: GUESS_FIELDS });
        t.variants.forEach(function (v) { q.term(v, { usePipeline: false, boost: 1 }); });
      });
    });
    var hits = [];
    for (var r = 0; r < results.length; r++) {
      var res = results[r], i = refIndex[res.ref];
      if (i === undefined) continue;
      var terms = {}, matched = 0;
      for (var term in res.matchData.metadata) if (hasOwn(res.matchData.metadata, term)) terms[term] = true;
      for (var k = 0; k < tokens.length; k++) {
        for (term in terms) if (tokenHasTerm(tokens[k], term)) { matched++; break; }
      }
      hits.push({ i: i, score: res.score, words: matched, terms: terms });
    }
    // Entries with every query word first, then by score.
    hits.sort(function (a, b) { return b.words - a.words || b.score - a.score || a.i - b.i; });
    return hits;
  }

  // The hits of a query text (null for no words: every entry, by name). A filter change or a
  // keystroke that changes no word ("data" → "data ") reuses the last hits.
  var lastText = null, lastQuery = null, lastHits = null;
  function search(q) {
    if (q === lastText) return lastHits;
    lastText = q;
    var tokens = parseQuery(q), key = tokens.map(function (t) { return t.raw + (t.prefixes.length ? '*' : ''); }).join(' ');
    if (key === lastQuery) return lastHits;
    lastQuery = key;
    lastHits = tokens.length === 0 ? null : runQuery(tokens);
    return lastHits;
  }

  // ---- State and address ----------------------------------------------------------------------

  var state = { q: '', sel: {} };
  FACETS.forEach(function (f) { state.sel[f.key] = {}; });

  function readUrl() {
    var params = new window.URLSearchParams(window.location.search);
    state.q = params.get('q') || '';
    FACETS.forEach(function (f) {
      var sel = {};
      params.getAll(f.key).forEach(function (v) { if (hasOwn(facetIndex[f.key], v)) sel[v] = true; });
      state.sel[f.key] = sel;
    });
  }

  function stateUrl() {
    var parts = [], q = state.q.trim();
    if (q) parts.push('q=' + encodeURIComponent(q).replace(/%20/g, '+'));
    FACETS.forEach(function (f) {
      Object.keys(state.sel[f.key]).sort().forEach(function (v) { parts.push(f.key + '=' + encodeURIComponent(v)); });
    });
    return window.location.pathname + (parts.length ? '?' + parts.join('&') : '');
  }

  function saveUrl(push) {
    var url = stateUrl();
    if (url === window.location.pathname + window.location.search) return;
    try {
      if (push) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    } catch (e) { /* some file:// setups refuse; the page still works */ }
  }

  function activeFilterCount() {
    var n = 0;
    FACETS.forEach(function (f) { n += Object.keys(state.sel[f.key]).length; });
    return n;
  }

  // ---- Facet panel --------------------------------------------------------------------------

  var facetIndex = {};   // facet key → { value: option record }
  var facetOrder = {};   // facet key → option records in display order
  var expanded = {};

  function buildFacets() {
    FACETS.forEach(function (f) {
      var values = {}, list = [];
      docs.forEach(function (doc) {
        var v = facetValue(doc, f);
        if (v !== null && !hasOwn(values, v)) { values[v] = true; list.push(v); }
      });
      if (f.order === 'desc') list.sort(function (a, b) { return Number(b) - Number(a); });
      else if (f.order === 'store') {
        var known = Object.keys(labels[f.labels] || {});
        list.sort(function (a, b) { return rank(known, a) - rank(known, b) || (a < b ? -1 : 1); });
      } else list.sort(function (a, b) { return facetLabel(f, a).localeCompare(facetLabel(f, b), 'id', { sensitivity: 'base' }); });

      var box = root.querySelector('[data-faset="' + f.key + '"]');
      var ul = box.querySelector('ul');
      facetIndex[f.key] = {};
      facetOrder[f.key] = list.map(function (v) {
        var id = 'f-' + f.key + '-' + v.replace(/[^A-Za-z0-9_-]/g, '_');
        var li = el('li', 'faset-opsi');
        var input = el('input');
        input.type = 'checkbox';
        input.id = id;
        input.name = f.key;
        input.value = v;
        var label = el('label');
        label.htmlFor = id;
        var name = el('span', 'faset-nama');
        if (f.key === 'status') name.appendChild(el('span', 'badge badge--' + v, facetLabel(f, v)));
        else name.textContent = facetLabel(f, v);
        label.appendChild(name);
        if (f.key === 'opd' && labels.opd_nama && labels.opd_nama[v]) {
          label.title = labels.opd_nama[v];
          label.appendChild(el('span', 'sr-only', ' (' + labels.opd_nama[v] + ')'));
        }
        var count = el('span', 'faset-n');
        count.setAttribute('aria-hidden', 'true');
        var countSr = el('span', 'sr-only');
        label.appendChild(count);
        label.appendChild(countSr);
        li.appendChild(input);
        li.appendChild(label);
        ul.appendChild(li);
        var option = { value: v, li: li, input: input, count: count, countSr: countSr, n: -1 };
        facetIndex[f.key][v] = option;
        return option;
      });
      box.hidden = list.length === 0;
      var more = box.querySelector('.faset-lagi');
      more.addEventListener('click', function () {
        expanded[f.key] = !expanded[f.key];
        renderFacet(f, box);
      });
    });
  }

  function rank(list, v) { var i = list.indexOf(v); return i < 0 ? list.length : i; }

  function renderFacet(f, box) {
    var options = facetOrder[f.key], shown = 0, visible = 0, i, o;
    for (i = 0; i < options.length; i++) {
      o = options[i];
      if (o.n > 0 || o.input.checked) visible++;
    }
    for (i = 0; i < options.length; i++) {
      o = options[i];
      var show = o.n > 0 || o.input.checked;
      if (show && !o.input.checked && !expanded[f.key] && visible > FACET_VISIBLE + 1 && shown >= FACET_VISIBLE) show = false;
      if (show) shown++;
      if (o.li.hidden === show) o.li.hidden = !show;
    }
    var more = box.querySelector('.faset-lagi');
    more.hidden = visible <= FACET_VISIBLE + 1;
    more.setAttribute('aria-expanded', expanded[f.key] ? 'true' : 'false');
    more.textContent = expanded[f.key] ? text('sedikit') : text('semua', visible);
    box.hidden = visible === 0;
  }

  // ---- Rendering ----------------------------------------------------------------------------

  var list = $('cari-daftar'), countLine = $('cari-jumlah'), orderNote = $('cari-urutan'), moreButton = $('cari-lagi');
  var current = [], shownCount = 0, analyzed = {};

  function stemsOf(word) {
    if (!hasOwn(analyzed, word)) analyzed[word] = A.analyze(word);
    return analyzed[word];
  }

  function isMatch(word, terms) {
    var stems = stemsOf(word);
    for (var i = 0; i < stems.length; i++) if (hasOwn(terms, stems[i])) return true;
    return false;
  }

  // Text into el, the words whose stem the query matched in <mark>; long text cut to a window
  // around the first match.
  function fillMarked(target, value, terms, limit) {
    var words = [], m;
    WORD_RE.lastIndex = 0;
    while ((m = WORD_RE.exec(value)) !== null) words.push({ s: m.index, e: m.index + m[0].length, hit: !!terms && isMatch(m[0], terms) });
    var start = 0, end = value.length;
    if (limit && value.length > limit) {
      var first = 0;
      for (var f = 0; f < words.length; f++) if (words[f].hit) { first = f; break; }
      var w = first;
      while (w > 0 && words[first].s - words[w - 1].s < limit / 4) w--;
      start = w > 0 ? words[w].s : 0;
      var z = w;
      while (z + 1 < words.length && words[z + 1].e - start <= limit) z++;
      end = z + 1 < words.length ? words[z].e : value.length;
    }
    var pos = start;
    if (start > 0) target.appendChild(document.createTextNode('… '));
    for (var i = 0; i < words.length; i++) {
      var word = words[i];
      if (!word.hit || word.s < start || word.e > end) continue;
      if (word.s > pos) target.appendChild(document.createTextNode(value.slice(pos, word.s)));
      target.appendChild(el('mark', null, value.slice(word.s, word.e)));
      pos = word.e;
    }
    if (end > pos) target.appendChild(document.createTextNode(value.slice(pos, end)));
    if (end < value.length) target.appendChild(document.createTextNode(' …'));
  }

  function link(path) {
    return siteRoot + (path === '' || path.charAt(path.length - 1) === '/' ? path + 'index.html' : path);
  }

  function renderHit(hit) {
    var doc = docs[hit.i], terms = hit.terms;
    var li = el('li');
    var article = el('article', 'hit');
    var body = el('div', 'hit-body');
    var h = el('h3', 'hit-title');
    var a = el('a');
    a.href = link(doc.u);
    fillMarked(a, doc.n, terms);
    h.appendChild(a);
    body.appendChild(h);
    if (doc.a) {
      var acronym = el('p', 'hit-acronym');
      fillMarked(acronym, doc.a, terms);
      body.appendChild(acronym);
    }
    var meta = el('p', 'hit-meta');
    var opd = el('abbr', null, (labels.opd && labels.opd[doc.o]) || doc.o);
    if (labels.opd_nama && labels.opd_nama[doc.o]) opd.title = labels.opd_nama[doc.o];
    meta.appendChild(opd);
    if (doc.y) {
      meta.appendChild(sep());
      meta.appendChild(el('span', null, String(doc.y)));
    }
    if (doc.s) {
      var badge = el('span', 'badge badge--' + doc.s);
      badge.appendChild(el('span', 'sr-only', text('status') + ': '));
      badge.appendChild(document.createTextNode(facetLabel(FACETS[4], doc.s)));
      meta.appendChild(badge);
    }
    body.appendChild(meta);
    var summary = el('p', 'hit-summary');
    fillMarked(summary, doc.r || '', terms, 240);
    body.appendChild(summary);
    article.appendChild(body);
    if (doc.g) {
      var thumb = el('div', 'hit-thumb');
      var img = el('img');
      img.src = link(doc.g);
      img.alt = '';
      img.loading = 'lazy';
      img.decoding = 'async';
      img.width = 320;
      img.height = 160;
      thumb.appendChild(img);
      article.appendChild(thumb);
    }
    li.appendChild(article);
    return li;
  }

  function sep() {
    var s = el('span', null, ' · ');
    s.setAttribute('aria-hidden', 'true');
    return s;
  }

  function renderMore(focusFirst) {
    var fragment = document.createDocumentFragment(), from = shownCount;
    var to = Math.min(current.length, shownCount + PAGE_SIZE);
    for (var i = from; i < to; i++) fragment.appendChild(renderHit(current[i]));
    list.appendChild(fragment);
    shownCount = to;
    var rest = current.length - shownCount;
    moreButton.hidden = rest <= 0;
    moreButton.textContent = text('lebih', Math.min(rest, PAGE_SIZE));
    if (focusFirst && list.children[from]) list.children[from].querySelector('a').focus();
  }

  function renderActive() {
    var box = $('cari-aktif'), ul = box.querySelector('ul');
    while (ul.firstChild) ul.removeChild(ul.firstChild);
    FACETS.forEach(function (f) {
      Object.keys(state.sel[f.key]).sort().forEach(function (v) {
        var li = el('li');
        var b = el('button', 'pill pill--hapus');
        b.type = 'button';
        b.setAttribute('data-faset', f.key);
        b.setAttribute('data-nilai', v);
        b.setAttribute('aria-label', text('hapus-filter', undefined, { label: facetLabel(f, v) }));
        b.appendChild(el('span', null, facetLabel(f, v)));
        var x = el('span', 'pill-x', '×');
        x.setAttribute('aria-hidden', 'true');
        b.appendChild(x);
        li.appendChild(b);
        ul.appendChild(li);
      });
    });
    var n = activeFilterCount();
    box.hidden = n === 0;
    var badge = $('cari-saring-n');
    badge.hidden = n === 0;
    badge.textContent = text('aktif', n);
  }

  var lastMs = 0;

  // Query, filter, count and draw: the work of one keystroke.
  function update() {
    var t0 = now();
    var hits = search(state.q), base = hits;
    if (!base) base = byName.map(function (i) { return { i: i, score: 0, words: 0, terms: null }; });

    // AND across facets, OR within one. A facet's counts apply the query and every other facet,
    // so an entry that fails only that facet still counts there.
    var results = [], counts = {}, active = [], fi, h, a, v;
    for (fi = 0; fi < FACETS.length; fi++) {
      counts[FACETS[fi].key] = {};
      if (Object.keys(state.sel[FACETS[fi].key]).length > 0) active.push(fi);
    }
    for (h = 0; h < base.length; h++) {
      var values = docFacets[base[h].i], failed = -1, failures = 0;
      for (a = 0; a < active.length && failures < 2; a++) {
        fi = active[a];
        v = values[fi];
        if (v === null || !hasOwn(state.sel[FACETS[fi].key], v)) { failures++; failed = fi; }
      }
      if (failures === 0) results.push(base[h]);
      else if (failures > 1) continue;
      for (fi = 0; fi < FACETS.length; fi++) {
        v = values[fi];
        if (v !== null && (failures === 0 || failed === fi)) {
          var c = counts[FACETS[fi].key];
          c[v] = (c[v] || 0) + 1;
        }
      }
    }

    FACETS.forEach(function (facet) {
      facetOrder[facet.key].forEach(function (o) {
        var n = counts[facet.key][o.value] || 0;
        o.input.checked = hasOwn(state.sel[facet.key], o.value);
        if (n !== o.n) {
          o.n = n;
          o.count.textContent = String(n);
          o.countSr.textContent = ', ' + text(n === 1 ? 'jumlah-satu' : 'jumlah', n);
        }
      });
      renderFacet(facet, root.querySelector('[data-faset="' + facet.key + '"]'));
    });
    renderActive();

    var q = state.q.trim(), n = results.length;
    countLine.textContent = hits
      ? text(n === 1 ? 'jumlah-kueri-satu' : 'jumlah-kueri', n, { q: q })
      : text(n === 1 ? 'jumlah-satu' : 'jumlah', n);
    orderNote.textContent = n > 1 ? text(hits ? 'urut-relevansi' : 'urut-nama') : '';
    $('cari-lihat').textContent = text(n === 1 ? 'lihat-satu' : 'lihat', n);
    $('cari-kosong').hidden = n > 0;

    current = results;
    shownCount = 0;
    while (list.firstChild) list.removeChild(list.firstChild);
    renderMore(false);
    lastMs = now() - t0;
    root.setAttribute('data-ms', lastMs.toFixed(1));
    return lastMs;
  }

  // ---- Events -------------------------------------------------------------------------------

  var input = $('cari-q'), form = $('cari-form'), timer = null;

  function typed() {
    timer = null;
    state.q = input.value;
    update();
    saveUrl(false);
  }

  function flush() {
    if (timer) window.clearTimeout(timer);
    typed();
  }

  input.addEventListener('input', function () {
    if (timer) window.clearTimeout(timer);
    timer = window.setTimeout(typed, DEBOUNCE_MS);
  });

  input.addEventListener('keydown', function (e) {
    if ((e.key === 'Escape' || e.key === 'Esc') && input.value !== '') {
      e.preventDefault();
      input.value = '';
      flush();
    }
  });

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    flush();
    // On a phone, Enter hides the keyboard so the results can be seen.
    if (window.matchMedia && window.matchMedia('(pointer: coarse)').matches) input.blur();
  });

  root.addEventListener('change', function (e) {
    var t = e.target;
    if (!t || t.type !== 'checkbox' || !hasOwn(facetIndex, t.name)) return;
    if (t.checked) state.sel[t.name][t.value] = true;
    else delete state.sel[t.name][t.value];
    if (timer) { window.clearTimeout(timer); timer = null; state.q = input.value; }
    update();
    saveUrl(true);
  });

  $('cari-aktif').addEventListener('click', function (e) {
    var b = e.target.closest ? e.target.closest('button') : null;
    if (!b) return;
    if (b.id === 'cari-hapus-semua') {
      clearFilters();
      input.focus();
      return;
    }
    var key = b.getAttribute('data-faset'), value = b.getAttribute('data-nilai');
    if (!key) return;
    var next = b.parentNode.nextElementSibling || b.parentNode.previousElementSibling;
    var nextKey = next && next.firstChild.getAttribute('data-faset'), nextValue = next && next.firstChild.getAttribute('data-nilai');
    delete state.sel[key][value];
    update();
    saveUrl(true);
    var target = nextKey && root.querySelector('#cari-aktif button[data-faset="' + nextKey + '"][data-nilai="' + nextValue + '"]');
    (target || input).focus();
  });

  function clearFilters() {
    FACETS.forEach(function (f) { state.sel[f.key] = {}; });
    update();
    saveUrl(true);
  }

  moreButton.addEventListener('click', function () { renderMore(true); });

  // Phone: the panel's button closes it and moves to the results.
  $('cari-lihat').addEventListener('click', function () {
    panel.open = false;
    var heading = $('cari-hasil-judul');
    heading.focus();
    if (heading.scrollIntoView) heading.parentNode.scrollIntoView({ block: 'start' });
  });

  window.addEventListener('popstate', function () {
    readUrl();
    input.value = state.q;
    update();
  });

  // The filters are a sidebar from 62em up (always open), a "Saring" disclosure below.
  var panel = $('cari-saring');
  if (window.matchMedia) {
    var wide = window.matchMedia('(min-width: 62em)');
    var syncPanel = function () { if (wide.matches) panel.open = true; };
    if (wide.addEventListener) wide.addEventListener('change', syncPanel);
    else if (wide.addListener) wide.addListener(syncPanel);
    syncPanel();
  }

  // ---- Start --------------------------------------------------------------------------------

  try {
    buildFacets();
    readUrl();
    input.value = state.q;
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
    type: function (q) { input.value = q; state.q = q; return update(); },
    lastMs: function () { return lastMs; }
  };
})(window, document);
