/* Generated from theme/src/search/ by `npm run build` (esbuild). Edit the modules, not this file. */
(() => {
  // src/search/query.js
  var MIN_TOKEN = 2;
  var MIN_PREFIX = 3;
  var PREFIXES = [
    ["meng", ""],
    ["meny", "s"],
    ["men", ""],
    ["mem", ""],
    ["mem", "p"],
    ["me", ""],
    ["peng", ""],
    ["peny", "s"],
    ["pen", ""],
    ["pem", ""],
    ["pem", "p"],
    ["pe", ""],
    ["di", ""],
    ["ter", ""],
    ["ke", ""],
    ["ber", ""],
    ["be", ""],
    ["per", ""]
  ];
  var LETTERS = "abcdefghijklmnopqrstuvwxyz";
  var ENDS_IN_WORD = /[0-9A-Za-z\u00C0-\u024F]$/;
  var hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  function parseQuery(text, analysis, index) {
    const q = text || "";
    const raw = analysis.tokenize(q), tokens = [], seen = {};
    const typing = ENDS_IN_WORD.test(q);
    for (let i = 0; i < raw.length; i++) {
      const t = raw[i];
      if (t.length < MIN_TOKEN || analysis.isStopWord(t) || hasOwn(seen, t)) continue;
      seen[t] = true;
      const stem = analysis.stem(t) || t;
      const prefixes = typing && i === raw.length - 1 && t.length >= MIN_PREFIX ? prefixesOf(t, stem, index) : [];
      tokens.push({
        raw: t,
        stem,
        cache: {},
        prefixes,
        fuzzy: t.length >= 5 && stem.length >= 4,
        // A word being typed that already begins some term is unfinished, not misspelled.
        variants: prefixes.some((p) => startsAnyTerm(p, index)) ? [] : typoStems(t, stem, analysis, index)
      });
    }
    return tokens;
  }
  function queryKey(tokens) {
    return tokens.map((t) => t.raw + (t.prefixes.length ? "*" : "")).join(" ");
  }
  function prefixesOf(t, stem, index) {
    const list = [stem];
    const strip = !startsAnyTerm(stem, index) && !startsAnyTerm(t, index);
    if (t !== stem) list.push(t);
    for (let i = 0; strip && i < PREFIXES.length; i++) {
      const [prefix, replacement] = PREFIXES[i];
      if (t.length > prefix.length && t.startsWith(prefix)) list.push(replacement + t.slice(prefix.length));
    }
    return list.filter((c, j) => {
      if (c.length < MIN_TOKEN) return false;
      for (let k = 0; k < list.length; k++) {
        if (k !== j && list[k].length >= MIN_TOKEN && list[k].length < c.length && c.startsWith(list[k])) return false;
        if (k < j && list[k] === c) return false;
      }
      return true;
    });
  }
  function startsAnyTerm(p, index) {
    let node = index.tokenSet;
    for (let i = 0; node && i < p.length; i++) node = node.edges[p.charAt(i)];
    return !!node;
  }
  function typoStems(t, stem, analysis, index) {
    const terms = index.invertedIndex;
    if (t.length < 5 || t.length > 24 || hasOwn(terms, stem)) return [];
    const found = {}, out = [];
    const tryWord = (w) => {
      const s = analysis.stem(w);
      if (s && s !== stem && !hasOwn(found, s) && hasOwn(terms, s)) {
        found[s] = true;
        out.push(s);
      }
    };
    for (let i = 0; i <= t.length; i++) {
      if (i < t.length) tryWord(t.slice(0, i) + t.slice(i + 1));
      if (i < t.length - 1) tryWord(t.slice(0, i) + t.charAt(i + 1) + t.charAt(i) + t.slice(i + 2));
      for (let j = 0; j < LETTERS.length; j++) {
        const c = LETTERS.charAt(j);
        tryWord(t.slice(0, i) + c + t.slice(i));
        if (i < t.length && c !== t.charAt(i)) tryWord(t.slice(0, i) + c + t.slice(i + 1));
      }
    }
    return out;
  }

  // src/search/rank.js
  var hasOwn2 = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  function oneEdit(a, b) {
    if (a === b) return true;
    const la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    let i = 0;
    while (i < la && i < lb && a.charAt(i) === b.charAt(i)) i++;
    if (la === lb) {
      return a.slice(i + 1) === b.slice(i + 1) || a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }
  function tokenHasTerm(token, term) {
    if (hasOwn2(token.cache, term)) return token.cache[term];
    let yes = term === token.stem || token.variants.indexOf(term) >= 0 || token.fuzzy && oneEdit(term, token.stem);
    for (let i = 0; !yes && i < token.prefixes.length; i++) yes = term.startsWith(token.prefixes[i]);
    token.cache[term] = yes;
    return yes;
  }
  function runQuery(index, trailingWildcard, tokens, refIndex) {
    const guessFields = index.fields.filter((f) => f !== "isi");
    const results = index.query((q) => {
      tokens.forEach((t) => {
        q.term(t.stem, { usePipeline: false, boost: 10 });
        t.prefixes.forEach((p, i) => {
          q.term(p, { usePipeline: false, wildcard: trailingWildcard, boost: i === 0 ? 3 : 2, fields: guessFields });
        });
        if (t.fuzzy) q.term(t.stem, { usePipeline: false, editDistance: 1, boost: 1, fields: guessFields });
        t.variants.forEach((v) => {
          q.term(v, { usePipeline: false, boost: 1 });
        });
      });
    });
    const hits = [];
    for (const res of results) {
      const i = refIndex[res.ref];
      if (i === void 0) continue;
      const terms = {};
      for (const term in res.matchData.metadata) if (hasOwn2(res.matchData.metadata, term)) terms[term] = true;
      let matched = 0;
      for (const token of tokens) {
        for (const term in terms) if (tokenHasTerm(token, term)) {
          matched++;
          break;
        }
      }
      hits.push({ i, score: res.score, words: matched, terms });
    }
    hits.sort((a, b) => b.words - a.words || b.score - a.score || a.i - b.i);
    return hits;
  }
  function createSearch({ analysis, index, trailingWildcard, docs }) {
    const refIndex = {};
    docs.forEach((doc, i) => {
      refIndex[doc.id] = i;
    });
    let lastText = null, lastKey = null, lastHits = null;
    return function search(text) {
      if (text === lastText) return lastHits;
      lastText = text;
      const tokens = parseQuery(text, analysis, index), key = queryKey(tokens);
      if (key === lastKey) return lastHits;
      lastKey = key;
      lastHits = tokens.length === 0 ? null : runQuery(index, trailingWildcard, tokens, refIndex);
      return lastHits;
    };
  }
  function byName(docs) {
    const order = docs.map((doc, i) => i);
    order.sort((a, b) => docs[a].n.localeCompare(docs[b].n, "id", { sensitivity: "base" }) || (docs[a].id < docs[b].id ? -1 : 1));
    return order;
  }

  // src/search/facets.js
  var FACETS = [
    { key: "opd", field: "o", labels: "opd", order: "label" },
    { key: "urusan", field: "ur", labels: "urusan", order: "label" },
    { key: "jenis", field: "j", labels: "jenis", order: "store" },
    { key: "tahapan", field: "t", labels: "tahapan", order: "store" },
    { key: "status", field: "s", labels: "status", order: "store" },
    { key: "tahun", field: "y", labels: null, order: "desc" }
  ];
  var facetByKey = (key) => FACETS.find((f) => f.key === key);
  var hasOwn3 = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  function facetValue(doc, facet) {
    const v = doc[facet.field];
    return v === void 0 || v === null || v === "" ? null : String(v);
  }
  function facetLabel(labels, facet, value) {
    const group = facet.labels && labels[facet.labels];
    return group && hasOwn3(group, value) ? group[value] : value;
  }
  var facetValuesOf = (docs) => docs.map((doc) => FACETS.map((f) => facetValue(doc, f)));
  function facetOptions(docs, labels, facet) {
    const seen = {}, list = [];
    for (const doc of docs) {
      const v = facetValue(doc, facet);
      if (v !== null && !hasOwn3(seen, v)) {
        seen[v] = true;
        list.push(v);
      }
    }
    if (facet.order === "desc") list.sort((a, b) => Number(b) - Number(a));
    else if (facet.order === "store") {
      const known = Object.keys(labels[facet.labels] || {});
      const rank = (v) => {
        const i = known.indexOf(v);
        return i < 0 ? known.length : i;
      };
      list.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
    } else {
      list.sort((a, b) => facetLabel(labels, facet, a).localeCompare(facetLabel(labels, facet, b), "id", { sensitivity: "base" }));
    }
    return list;
  }
  function filterAndCount(hits, values, selected) {
    const results = [], counts = {}, active = [];
    FACETS.forEach((f, fi) => {
      counts[f.key] = {};
      if (Object.keys(selected[f.key]).length > 0) active.push(fi);
    });
    for (const hit of hits) {
      const own = values[hit.i];
      let failed = -1, failures = 0;
      for (let a = 0; a < active.length && failures < 2; a++) {
        const fi = active[a], v = own[fi];
        if (v === null || !hasOwn3(selected[FACETS[fi].key], v)) {
          failures++;
          failed = fi;
        }
      }
      if (failures === 0) results.push(hit);
      else if (failures > 1) continue;
      for (let fi = 0; fi < FACETS.length; fi++) {
        const v = own[fi];
        if (v !== null && (failures === 0 || failed === fi)) {
          const c = counts[FACETS[fi].key];
          c[v] = (c[v] || 0) + 1;
        }
      }
    }
    return { results, counts };
  }

  // src/search/url-state.js
  var hasOwn4 = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  function emptySelection() {
    const sel = {};
    FACETS.forEach((f) => {
      sel[f.key] = {};
    });
    return sel;
  }
  function readState(search, known) {
    const params = new URLSearchParams(search);
    const sel = emptySelection();
    FACETS.forEach((f) => {
      params.getAll(f.key).forEach((v) => {
        if (hasOwn4(known[f.key], v)) sel[f.key][v] = true;
      });
    });
    return { q: params.get("q") || "", sel };
  }
  function stateUrl(pathname, state) {
    const parts = [], q = state.q.trim();
    if (q) parts.push("q=" + encodeURIComponent(q).replace(/%20/g, "+"));
    FACETS.forEach((f) => {
      Object.keys(state.sel[f.key]).sort().forEach((v) => {
        parts.push(f.key + "=" + encodeURIComponent(v));
      });
    });
    return pathname + (parts.length ? "?" + parts.join("&") : "");
  }
  function activeFilterCount(state) {
    return FACETS.reduce((n, f) => n + Object.keys(state.sel[f.key]).length, 0);
  }
  function saveUrl(window2, state, push) {
    const url = stateUrl(window2.location.pathname, state);
    if (url === window2.location.pathname + window2.location.search) return;
    try {
      if (push) window2.history.pushState(null, "", url);
      else window2.history.replaceState(null, "", url);
    } catch (e) {
    }
  }

  // src/search/highlight.js
  var WORD_RE = /[0-9A-Za-z\u00C0-\u024F]+(?:['\u2019-][0-9A-Za-z\u00C0-\u024F]+)*/g;
  function markedPieces(value, isHit, limit) {
    const words = [];
    let m;
    WORD_RE.lastIndex = 0;
    while ((m = WORD_RE.exec(value)) !== null) words.push({ s: m.index, e: m.index + m[0].length, hit: isHit(m[0]) });
    let start2 = 0, end = value.length;
    if (limit && value.length > limit) {
      let first = 0;
      for (let f = 0; f < words.length; f++) if (words[f].hit) {
        first = f;
        break;
      }
      let w = first;
      while (w > 0 && words[first].s - words[w - 1].s < limit / 4) w--;
      start2 = w > 0 ? words[w].s : 0;
      let z = w;
      while (z + 1 < words.length && words[z + 1].e - start2 <= limit) z++;
      end = z + 1 < words.length ? words[z].e : value.length;
    }
    const pieces = [];
    let pos = start2;
    if (start2 > 0) pieces.push({ text: "… ", mark: false });
    for (const word of words) {
      if (!word.hit || word.s < start2 || word.e > end) continue;
      if (word.s > pos) pieces.push({ text: value.slice(pos, word.s), mark: false });
      pieces.push({ text: value.slice(word.s, word.e), mark: true });
      pos = word.e;
    }
    if (end > pos) pieces.push({ text: value.slice(pos, end), mark: false });
    if (end < value.length) pieces.push({ text: " …", mark: false });
    return pieces;
  }
  function createMatcher(analysis) {
    const analyzed = {};
    return function isMatch(word, terms) {
      if (!Object.prototype.hasOwnProperty.call(analyzed, word)) analyzed[word] = analysis.analyze(word);
      return analyzed[word].some((s) => Object.prototype.hasOwnProperty.call(terms, s));
    };
  }

  // src/search/templates.js
  function dropIndentation(node) {
    for (let child = node.firstChild; child; ) {
      const next = child.nextSibling;
      if (child.nodeType === 3 && !child.nodeValue.trim()) node.removeChild(child);
      else if (child.nodeType === 1) dropIndentation(child);
      child = next;
    }
  }
  function templateCloner(document2) {
    const roots = {};
    return function clone(id) {
      if (!roots[id]) {
        const template = document2.getElementById(id);
        if (!template || !template.content) throw new Error('Galeri: the theme has no <template id="' + id + '">');
        dropIndentation(template.content);
        roots[id] = template.content.firstElementChild;
      }
      return document2.importNode(roots[id], true);
    };
  }
  function part(node, name) {
    return node.querySelector('[data-part="' + name + '"]');
  }
  function statusBadge(clone, code, label, withPrefix) {
    const badge = clone("cari-tpl-status");
    badge.classList.add("badge--" + code);
    if (!withPrefix) badge.querySelector(".sr-only").remove();
    badge.appendChild(badge.ownerDocument.createTextNode(label));
    return badge;
  }

  // src/search/draw-hits.js
  var PAGE_SIZE = 24;
  function link(siteRoot, path) {
    return siteRoot + (path === "" || path.charAt(path.length - 1) === "/" ? path + "index.html" : path);
  }
  function createHitDrawer({ document: document2, clone, docs, labels, siteRoot, isMatch }) {
    const status = facetByKey("status");
    function fillMarked(target, value, terms, limit) {
      const pieces = markedPieces(value, terms ? (word) => isMatch(word, terms) : () => false, limit);
      for (const piece of pieces) {
        if (!piece.mark) {
          target.appendChild(document2.createTextNode(piece.text));
          continue;
        }
        const mark = document2.createElement("mark");
        mark.textContent = piece.text;
        target.appendChild(mark);
      }
    }
    return function drawHit(hit) {
      const doc = docs[hit.i], terms = hit.terms, li = clone("cari-tpl-hasil");
      const title = part(li, "nama");
      title.href = link(siteRoot, doc.u);
      fillMarked(title, doc.n, terms);
      if (doc.a) fillMarked(part(li, "akronim"), doc.a, terms);
      else part(li, "akronim").remove();
      const opd = part(li, "opd");
      opd.textContent = labels.opd && labels.opd[doc.o] || doc.o;
      if (labels.opd_nama && labels.opd_nama[doc.o]) opd.title = labels.opd_nama[doc.o];
      if (doc.y) part(li, "tahun").textContent = String(doc.y);
      else {
        part(li, "tahun-pisah").remove();
        part(li, "tahun").remove();
      }
      if (doc.s) part(li, "meta").appendChild(statusBadge(clone, doc.s, facetLabel(labels, status, doc.s), true));
      fillMarked(part(li, "ringkasan"), doc.r || "", terms, 240);
      if (doc.g) part(li, "gambar").querySelector("img").src = link(siteRoot, doc.g);
      else part(li, "gambar").remove();
      return li;
    };
  }

  // src/search/facet-panel.js
  var FACET_VISIBLE = 6;
  function createFacetPanel({ root: root2, clone, docs, labels, text }) {
    const options = {};
    const known = {};
    const expanded = {};
    const boxOf = (f) => root2.querySelector('[data-faset="' + f.key + '"]');
    function drawOption(f, v) {
      const li = clone("cari-tpl-opsi"), input = li.querySelector("input"), label = li.querySelector("label");
      const id = "f-" + f.key + "-" + v.replace(/[^A-Za-z0-9_-]/g, "_");
      input.id = id;
      input.name = f.key;
      input.value = v;
      label.htmlFor = id;
      const name = part(li, "nama");
      if (f.key === "status") name.appendChild(statusBadge(clone, v, facetLabel(labels, f, v), false));
      else name.textContent = facetLabel(labels, f, v);
      const fullName = part(li, "opd-nama");
      if (f.key === "opd" && labels.opd_nama && labels.opd_nama[v]) {
        label.title = labels.opd_nama[v];
        fullName.textContent = " (" + labels.opd_nama[v] + ")";
      } else fullName.remove();
      return { value: v, li, input, count: part(li, "jumlah"), countSr: part(li, "jumlah-sr"), n: -1 };
    }
    function drawVisibility(f) {
      const box = boxOf(f), list = options[f.key];
      let shown = 0, visible = 0;
      for (const o of list) if (o.n > 0 || o.input.checked) visible++;
      for (const o of list) {
        let show = o.n > 0 || o.input.checked;
        if (show && !o.input.checked && !expanded[f.key] && visible > FACET_VISIBLE + 1 && shown >= FACET_VISIBLE) show = false;
        if (show) shown++;
        if (o.li.hidden === show) o.li.hidden = !show;
      }
      const more = box.querySelector(".faset-lagi");
      more.hidden = visible <= FACET_VISIBLE + 1;
      more.setAttribute("aria-expanded", expanded[f.key] ? "true" : "false");
      more.textContent = expanded[f.key] ? text("sedikit") : text("semua", visible);
      box.hidden = visible === 0;
    }
    function build() {
      FACETS.forEach((f) => {
        const box = boxOf(f), ul = box.querySelector("ul"), values = facetOptions(docs, labels, f);
        known[f.key] = {};
        options[f.key] = values.map((v) => {
          const option = drawOption(f, v);
          ul.appendChild(option.li);
          known[f.key][v] = option;
          return option;
        });
        box.hidden = values.length === 0;
        box.querySelector(".faset-lagi").addEventListener("click", () => {
          expanded[f.key] = !expanded[f.key];
          drawVisibility(f);
        });
      });
    }
    function draw(selected, counts) {
      FACETS.forEach((f) => {
        options[f.key].forEach((o) => {
          const n = counts[f.key][o.value] || 0;
          o.input.checked = Object.prototype.hasOwnProperty.call(selected[f.key], o.value);
          if (n !== o.n) {
            o.n = n;
            o.count.textContent = String(n);
            o.countSr.textContent = ", " + text(n === 1 ? "jumlah-satu" : "jumlah", n);
          }
        });
        drawVisibility(f);
      });
    }
    return { build, draw, known };
  }

  // src/search/active-filters.js
  function drawActiveFilters({ document: document2, clone, labels, text }, state) {
    const box = document2.getElementById("cari-aktif"), ul = box.querySelector("ul");
    while (ul.firstChild) ul.removeChild(ul.firstChild);
    FACETS.forEach((f) => {
      Object.keys(state.sel[f.key]).sort().forEach((v) => {
        const li = clone("cari-tpl-filter"), button = li.querySelector("button"), label = facetLabel(labels, f, v);
        button.setAttribute("data-faset", f.key);
        button.setAttribute("data-nilai", v);
        button.setAttribute("aria-label", text("hapus-filter", void 0, { label }));
        part(li, "label").textContent = label;
        ul.appendChild(li);
      });
    });
    const n = activeFilterCount(state);
    box.hidden = n === 0;
    const badge = document2.getElementById("cari-saring-n");
    badge.hidden = n === 0;
    badge.textContent = text("aktif", n);
  }

  // src/search/strings.js
  function format(template, n, extra) {
    let s = template || "";
    if (n !== void 0) s = s.replace("{n}", String(n));
    if (extra) Object.keys(extra).forEach((k) => {
      s = s.replace("{" + k + "}", () => extra[k]);
    });
    return s;
  }
  var stringsOf = (root2) => (key, n, extra) => format(root2.getAttribute("data-t-" + key), n, extra);

  // src/search/events.js
  var DEBOUNCE_MS = 100;
  var hasOwn5 = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  function listen({ root: root2, input, state, update, readUrl, drawMore, save, known }) {
    const $ = (id) => document.getElementById(id);
    const form = $("cari-form"), panel = $("cari-saring");
    let timer = null;
    function typed() {
      timer = null;
      state.q = input.value;
      update();
      save(false);
    }
    function flush() {
      if (timer) window.clearTimeout(timer);
      typed();
    }
    input.addEventListener("input", () => {
      if (timer) window.clearTimeout(timer);
      timer = window.setTimeout(typed, DEBOUNCE_MS);
    });
    input.addEventListener("keydown", (e) => {
      if ((e.key === "Escape" || e.key === "Esc") && input.value !== "") {
        e.preventDefault();
        input.value = "";
        flush();
      }
    });
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      flush();
      if (window.matchMedia && window.matchMedia("(pointer: coarse)").matches) input.blur();
    });
    root2.addEventListener("change", (e) => {
      const t = e.target;
      if (!t || t.type !== "checkbox" || !hasOwn5(known, t.name)) return;
      if (t.checked) state.sel[t.name][t.value] = true;
      else delete state.sel[t.name][t.value];
      if (timer) {
        window.clearTimeout(timer);
        timer = null;
        state.q = input.value;
      }
      update();
      save(true);
    });
    $("cari-aktif").addEventListener("click", (e) => {
      const b = e.target.closest ? e.target.closest("button") : null;
      if (!b) return;
      if (b.id === "cari-hapus-semua") {
        state.sel = emptySelection();
        update();
        save(true);
        input.focus();
        return;
      }
      const key = b.getAttribute("data-faset"), value = b.getAttribute("data-nilai");
      if (!key) return;
      const next = b.parentNode.nextElementSibling || b.parentNode.previousElementSibling;
      const nextKey = next && next.firstChild.getAttribute("data-faset"), nextValue = next && next.firstChild.getAttribute("data-nilai");
      delete state.sel[key][value];
      update();
      save(true);
      const target = nextKey && root2.querySelector('#cari-aktif button[data-faset="' + nextKey + '"][data-nilai="' + nextValue + '"]');
      (target || input).focus();
    });
    $("cari-lagi").addEventListener("click", () => {
      drawMore(true);
    });
    $("cari-lihat").addEventListener("click", () => {
      panel.open = false;
      const heading = $("cari-hasil-judul");
      heading.focus();
      if (heading.scrollIntoView) heading.parentNode.scrollIntoView({ block: "start" });
    });
    window.addEventListener("popstate", () => {
      readUrl();
      input.value = state.q;
      update();
    });
    if (window.matchMedia) {
      const wide = window.matchMedia("(min-width: 62em)");
      const syncPanel = () => {
        if (wide.matches) panel.open = true;
      };
      if (wide.addEventListener) wide.addEventListener("change", syncPanel);
      else if (wide.addListener) wide.addListener(syncPanel);
      syncPanel();
    }
  }

  // src/search/main.js
  function fail(error) {
    document.getElementById("cari-gagal").hidden = false;
    if (window.console) console.error("Galeri: pencarian tidak dapat dimuat", error);
  }
  var now = () => window.performance && performance.now ? performance.now() : Date.now();
  function start(root2) {
    const analysis = window.GaleriAnalysis, store = window.GALERI_STORE;
    let index;
    try {
      if (!window.lunr || !analysis || !window.GALERI_INDEX || !store) throw new Error("missing script");
      index = window.lunr.Index.load(window.GALERI_INDEX);
    } catch (e) {
      fail(e);
      return;
    }
    const docs = store.docs, labels = store.labels || {};
    const text = stringsOf(root2), clone = templateCloner(document);
    const page = { document, clone, labels, text };
    const search = createSearch({ analysis, index, trailingWildcard: window.lunr.Query.wildcard.TRAILING, docs });
    const everyEntry = byName(docs).map((i) => ({ i, score: 0, words: 0, terms: null }));
    const values = facetValuesOf(docs);
    const panel = createFacetPanel({ root: root2, clone, docs, labels, text });
    const drawHit = createHitDrawer({ document, clone, docs, labels, siteRoot: root2.getAttribute("data-root") || "", isMatch: createMatcher(analysis) });
    const $ = (id) => document.getElementById(id);
    const list = $("cari-daftar"), countLine = $("cari-jumlah"), orderNote = $("cari-urutan"), moreButton = $("cari-lagi");
    const state = { q: "", sel: emptySelection() };
    let current = [], shownCount = 0, lastMs = 0;
    function drawMore(focusFirst) {
      const fragment = document.createDocumentFragment(), from = shownCount;
      const to = Math.min(current.length, shownCount + PAGE_SIZE);
      for (let i = from; i < to; i++) fragment.appendChild(drawHit(current[i]));
      list.appendChild(fragment);
      shownCount = to;
      const rest = current.length - shownCount;
      moreButton.hidden = rest <= 0;
      moreButton.textContent = text("lebih", Math.min(rest, PAGE_SIZE));
      if (focusFirst && list.children[from]) list.children[from].querySelector("a").focus();
    }
    function update() {
      const t0 = now();
      const hits = search(state.q);
      const { results, counts } = filterAndCount(hits || everyEntry, values, state.sel);
      panel.draw(state.sel, counts);
      drawActiveFilters(page, state);
      const q = state.q.trim(), n = results.length;
      countLine.textContent = hits ? text(n === 1 ? "jumlah-kueri-satu" : "jumlah-kueri", n, { q }) : text(n === 1 ? "jumlah-satu" : "jumlah", n);
      orderNote.textContent = n > 1 ? text(hits ? "urut-relevansi" : "urut-nama") : "";
      $("cari-lihat").textContent = text(n === 1 ? "lihat-satu" : "lihat", n);
      $("cari-kosong").hidden = n > 0;
      current = results;
      shownCount = 0;
      while (list.firstChild) list.removeChild(list.firstChild);
      drawMore(false);
      lastMs = now() - t0;
      root2.setAttribute("data-ms", lastMs.toFixed(1));
      return lastMs;
    }
    function readUrl() {
      const read = readState(window.location.search, panel.known);
      state.q = read.q;
      state.sel = read.sel;
    }
    const input = $("cari-q");
    try {
      panel.build();
      readUrl();
      input.value = state.q;
      listen({ root: root2, input, state, update, readUrl, drawMore, save: (push) => saveUrl(window, state, push), known: panel.known });
      $("cari-kepala").hidden = false;
      $("cari-ui").hidden = false;
      update();
      root2.setAttribute("data-siap", "true");
      if (window.performance && performance.mark) performance.mark("galeri-cari-siap");
    } catch (e) {
      fail(e);
      return;
    }
    window.GaleriSearch = {
      type(q) {
        input.value = q;
        state.q = q;
        return update();
      },
      lastMs: () => lastMs
    };
  }
  var root = document.getElementById("cari");
  if (root) start(root);
})();
