/* Generated from theme/src/search/ by `npm run build` (esbuild). Edit the modules, not this file. */
(() => {
  // src/search/query.js
  var MIN_TOKEN = 2;
  var MIN_PREFIX = 3;
  var MIN_TYPO = 5;
  var MAX_PREFIX_TERMS = 40;
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
  function createLexicon(store, knownWords) {
    const byKey = {}, groups = store && store.synonyms ? store.synonyms : [];
    let longest = 1;
    groups.forEach((group, g) => {
      group.forEach((member) => {
        if (!member.s.length) return;
        byKey[member.s.join(" ")] = g;
        if (member.s.length > longest) longest = member.s.length;
      });
    });
    return { groups, byKey, longest, knownWords: " " + (knownWords || "") + " " };
  }
  function isKnownWord(lexicon, raw, stem) {
    return lexicon.knownWords.indexOf(" " + raw + " ") >= 0 || lexicon.knownWords.indexOf(" " + stem + " ") >= 0;
  }
  function termsStartingWith(p, index, limit) {
    let node = index.tokenSet;
    for (let i = 0; node && i < p.length; i++) node = node.edges[p.charAt(i)];
    const out = [];
    if (!node) return out;
    let level = [{ node, text: p }];
    while (level.length && out.length < limit) {
      const next = [];
      for (const { node: n, text } of level) {
        if (n.final && hasTerm(index, text)) {
          out.push(text);
          if (out.length >= limit) break;
        }
        for (const c of Object.keys(n.edges).sort()) next.push({ node: n.edges[c], text: text + c });
      }
      level = next;
    }
    return out;
  }
  var hasTerm = (index, term) => hasOwn(index.invertedIndex, term);
  function startsAnyTerm(p, index) {
    let node = index.tokenSet;
    for (let i = 0; node && i < p.length; i++) node = node.edges[p.charAt(i)];
    return !!node;
  }
  function queryWords(text, analysis) {
    const raw = analysis.tokenize(text || ""), words = [], seen = {};
    for (const t of raw) {
      if (t.length < MIN_TOKEN || analysis.isStopWord(t) || hasOwn(seen, t)) continue;
      seen[t] = true;
      words.push({ raw: t, stem: analysis.stem(t) || t });
    }
    return words;
  }
  function parseQuery(text, analysis, index, lexicon, typing) {
    const words = queryWords(text, analysis), clauses = [];
    const lex = lexicon || createLexicon(null);
    for (let i = 0; i < words.length; ) {
      let taken = 1, group = -1;
      for (let n = Math.min(lex.longest, words.length - i); n >= 1 && group < 0; n--) {
        const key2 = words.slice(i, i + n).map((w) => w.stem).join(" ");
        if (hasOwn(lex.byKey, key2)) {
          group = lex.byKey[key2];
          taken = n;
        }
      }
      const own = words.slice(i, i + taken), key = own.map((w) => w.stem).join(" ");
      const written = group >= 0 ? lex.groups[group].find((m) => m.s.join(" ") === key) : null;
      const clause = { words: own, raw: written ? written.t : own.map((w) => w.raw).join(" "), alts: [] };
      clause.alts.push({ how: "kata", terms: own.map((w) => w.stem), label: clause.raw });
      if (group >= 0) {
        for (const member of lex.groups[group]) {
          if (member !== written && member.s.length) clause.alts.push({ how: "sinonim", terms: member.s, label: member.t, from: clause.raw });
        }
      }
      clauses.push(clause);
      i += taken;
    }
    const last = clauses[clauses.length - 1];
    if (typing && last && last.words.length === 1 && ENDS_IN_WORD.test(text) && last.raw.length >= MIN_PREFIX) {
      const w = last.words[0];
      const prefixes = prefixesOf(w.raw, w.stem, index), expanded = [];
      for (const p of prefixes) for (const t of termsStartingWith(p, index, MAX_PREFIX_TERMS)) if (expanded.indexOf(t) < 0) expanded.push(t);
      last.alts.push({ how: "awalan", prefixes, expanded, terms: [], label: w.raw });
    }
    for (const clause of clauses) {
      clause.matchable = clause.alts.some((a) => altCanMatch(a, index));
      if (clause.matchable || clause.words.length !== 1) continue;
      const w = clause.words[0];
      if (w.raw.length < MIN_TYPO || isKnownWord(lex, w.raw, w.stem)) continue;
      for (const v of typoStems(w.raw, w.stem, analysis, index)) clause.alts.push({ how: "koreksi", terms: [v.stem], label: v.word, from: w.raw });
      clause.matchable = clause.alts.length > 1;
    }
    return clauses;
  }
  function altCanMatch(alt, index) {
    if (alt.how === "awalan") return alt.prefixes.some((p) => startsAnyTerm(p, index));
    return alt.terms.length > 0 && alt.terms.every((t) => hasTerm(index, t));
  }
  function queryKey(clauses) {
    return clauses.map((c) => c.alts.map((a) => a.how + ":" + (a.expanded || a.terms).join("+")).join("|")).join(" ");
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
  function typoStems(t, stem, analysis, index, minLength) {
    if (t.length < (minLength || MIN_TYPO) || t.length > 24 || hasTerm(index, stem)) return [];
    const found = {}, out = [];
    const tryWord = (w) => {
      const s = analysis.stem(w);
      if (s && s !== stem && !hasOwn(found, s) && hasTerm(index, s)) {
        found[s] = true;
        out.push({ word: w, stem: s });
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
  function suggestions(text, analysis, index, lexicon, limit) {
    const words = queryWords(text, analysis), out = [];
    for (const w of words) {
      if (hasTerm(index, w.stem) || lexicon && (hasOwn(lexicon.byKey, w.stem) || isKnownWord(lexicon, w.raw, w.stem))) continue;
      const probe = typoStems(w.raw, w.stem, analysis, index, 4);
      for (const v of probe) {
        if (out.length >= (limit || 3)) return out;
        out.push(words.map((o) => o === w ? v.word : o.raw).join(" "));
      }
    }
    return out;
  }

  // src/search/rank.js
  var hasOwn2 = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  var BOOST = { kata: 10, sinonim: 6, awalan: 3, koreksi: 2 };
  var PHRASE_IN_NAME = 3;
  function metAlt(clause, terms) {
    for (const alt of clause.alts) {
      if (alt.how === "awalan") {
        for (const term in terms) if (alt.expanded.indexOf(term) >= 0) return { alt, hit: [term] };
      } else if (alt.terms.every((t) => hasOwn2(terms, t))) return { alt, hit: alt.terms };
    }
    return null;
  }
  function runQuery(index, trailingWildcard, clauses, refIndex) {
    const guessFields = index.fields.filter((f) => f !== "isi");
    const results = index.query((q) => {
      for (const clause of clauses) {
        for (const alt of clause.alts) {
          if (alt.how === "awalan") {
            alt.expanded.forEach((t) => q.term(t, { usePipeline: false, boost: BOOST.awalan, fields: guessFields }));
          } else {
            alt.terms.forEach((t) => q.term(t, { usePipeline: false, boost: BOOST[alt.how] }));
          }
        }
      }
    });
    const hits = [];
    for (const res of results) {
      const i = refIndex[res.ref];
      if (i === void 0) continue;
      const terms = res.matchData.metadata;
      const reasons = [];
      let met = 0;
      for (const clause of clauses) {
        const m = metAlt(clause, terms);
        if (m) met++;
        reasons.push(m && { how: m.alt.how, label: m.alt.label, from: m.alt.from || clause.raw, fields: fieldsOf(terms, m.hit, index.fields) });
      }
      if (met > 0) hits.push({ i, score: res.score, met, terms, reasons });
    }
    return hits;
  }
  function fieldsOf(terms, hit, fields) {
    const seen = {};
    for (const t of hit) if (terms[t]) for (const f in terms[t]) seen[f] = true;
    return fields.filter((f) => seen[f]);
  }
  function createSearch({ analysis, index, trailingWildcard, docs, keys, lexicon }) {
    const refIndex = {}, nameKey = keys && keys.nama || "n", names = [];
    docs.forEach((doc, i) => {
      refIndex[doc[keys && keys.id || "id"]] = i;
    });
    const nameOf = (i) => names[i] !== void 0 ? names[i] : names[i] = " " + analysis.tokenize(docs[i][nameKey] || "").join(" ") + " ";
    let lastText = null, lastTyping = null, lastKey = null, last = null;
    return function search(text, typing) {
      if (text === lastText && typing === lastTyping) return last;
      lastText = text;
      lastTyping = typing;
      const clauses = parseQuery(text, analysis, index, lexicon, typing), key = queryKey(clauses);
      if (key === lastKey) return last;
      lastKey = key;
      if (clauses.length === 0) return last = null;
      const hits = runQuery(index, trailingWildcard, clauses, refIndex);
      const phrase = clauses.length > 1 ? " " + clauses.map((c) => c.words.map((w) => w.raw).join(" ")).join(" ") + " " : null;
      const full = [], partial = [];
      for (const hit of hits) {
        if (hit.met === clauses.length) {
          if (phrase && nameOf(hit.i).indexOf(phrase) >= 0) hit.score *= PHRASE_IN_NAME;
          full.push(hit);
        } else partial.push(hit);
      }
      full.sort((a, b) => b.score - a.score || a.i - b.i);
      partial.sort((a, b) => b.met - a.met || b.score - a.score || a.i - b.i);
      return last = { clauses, full, partial };
    };
  }
  function byName(docs, keys) {
    const n = keys && keys.nama || "n", id = keys && keys.id || "id";
    const order = docs.map((doc, i) => i);
    order.sort((a, b) => docs[a][n].localeCompare(docs[b][n], "id", { sensitivity: "base" }) || (docs[a][id] < docs[b][id] ? -1 : 1));
    return order;
  }

  // src/search/facets.js
  var hasOwn3 = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  function facetsOf(store) {
    const labels = store.labels || {};
    return (store.facets || []).map((f) => ({
      key: f.key,
      order: f.order,
      labels: labels[f.key] && Object.keys(labels[f.key]).length > 0 ? f.key : null
    }));
  }
  var facetByKey = (facets, key) => facets.find((f) => f.key === key);
  function facetValue(doc, facet) {
    const v = doc[facet.key];
    return v === void 0 || v === null || v === "" ? null : String(v);
  }
  function facetLabel(labels, facet, value) {
    const group = facet.labels && labels[facet.labels];
    return group && hasOwn3(group, value) ? group[value] : value;
  }
  var facetValuesOf = (docs, facets) => docs.map((doc) => facets.map((f) => facetValue(doc, f)));
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
  function filterAndCount(hits, values, selected, facets) {
    const results = [], counts = {}, active = [];
    facets.forEach((f, fi) => {
      counts[f.key] = {};
      if (Object.keys(selected[f.key]).length > 0) active.push(fi);
    });
    for (const hit of hits) {
      const own = values[hit.i];
      let failed = -1, failures = 0;
      for (let a = 0; a < active.length && failures < 2; a++) {
        const fi = active[a], v = own[fi];
        if (v === null || !hasOwn3(selected[facets[fi].key], v)) {
          failures++;
          failed = fi;
        }
      }
      if (failures === 0) results.push(hit);
      else if (failures > 1) continue;
      for (let fi = 0; fi < facets.length; fi++) {
        const v = own[fi];
        if (v !== null && (failures === 0 || failed === fi)) {
          const c = counts[facets[fi].key];
          c[v] = (c[v] || 0) + 1;
        }
      }
    }
    return { results, counts };
  }

  // src/search/url-state.js
  var hasOwn4 = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  function emptySelection(facets) {
    const sel = {};
    facets.forEach((f) => {
      sel[f.key] = {};
    });
    return sel;
  }
  function readState(search, known, facets) {
    const params = new URLSearchParams(search);
    const sel = emptySelection(facets);
    facets.forEach((f) => {
      params.getAll(f.key).forEach((v) => {
        if (hasOwn4(known[f.key], v)) sel[f.key][v] = true;
      });
    });
    return { q: params.get("q") || "", sel };
  }
  function stateUrl(pathname, state, facets) {
    const parts = [], q = state.q.trim();
    if (q) parts.push("q=" + encodeURIComponent(q).replace(/%20/g, "+"));
    facets.forEach((f) => {
      Object.keys(state.sel[f.key]).sort().forEach((v) => {
        parts.push(f.key + "=" + encodeURIComponent(v));
      });
    });
    return pathname + (parts.length ? "?" + parts.join("&") : "");
  }
  function activeFilterCount(state, facets) {
    return facets.reduce((n, f) => n + Object.keys(state.sel[f.key]).length, 0);
  }
  function saveUrl(window2, state, push, facets) {
    const url = stateUrl(window2.location.pathname, state, facets);
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
  function reasonPieces(reason, text, fieldLabels) {
    const pieces = [{ text: reason.label + (reason.how === "awalan" ? "…" : ""), mark: true }];
    if (reason.how === "sinonim") pieces.push({ text: " (" + text("cocok-sinonim", void 0, { kata: reason.from }) + ")", mark: false });
    if (reason.how === "koreksi") pieces.push({ text: " (" + text("cocok-koreksi", void 0, { kata: reason.from }) + ")", mark: false });
    const field = reason.fields[0];
    if (field) pieces.push({ text: " " + text("cocok-di", void 0, { bidang: fieldLabels[field] || field }), mark: false });
    return pieces;
  }
  function createHitDrawer({ document: document2, clone, docs, labels, siteRoot, isMatch, keys, facets, fieldLabels, text }) {
    const status = facetByKey(facets, "status");
    function append(target, pieces) {
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
    function fillMarked(target, value, terms, limit) {
      append(target, markedPieces(value, terms ? (word) => isMatch(word, terms) : () => false, limit));
    }
    function fillReason(target, reasons) {
      append(target, [{ text: text("cocok") + " ", mark: false }]);
      reasons.filter(Boolean).forEach((reason, n) => {
        if (n > 0) append(target, [{ text: " · ", mark: false }]);
        append(target, reasonPieces(reason, text, fieldLabels));
      });
    }
    return function drawHit(hit) {
      const doc = docs[hit.i], terms = hit.terms, li = clone("cari-tpl-hasil");
      const title = part(li, "nama");
      title.href = link(siteRoot, doc[keys.url]);
      fillMarked(title, doc[keys.nama], terms);
      if (doc[keys.akronim]) fillMarked(part(li, "akronim"), doc[keys.akronim], terms);
      else part(li, "akronim").remove();
      const opd = part(li, "opd"), code = doc[keys.opd];
      opd.textContent = labels.opd && labels.opd[code] || code;
      if (labels.opd_nama && labels.opd_nama[code]) opd.title = labels.opd_nama[code];
      if (doc[keys.tahun]) part(li, "tahun").textContent = String(doc[keys.tahun]);
      else {
        part(li, "tahun-pisah").remove();
        part(li, "tahun").remove();
      }
      if (doc[keys.status] && status) part(li, "meta").appendChild(statusBadge(clone, doc[keys.status], facetLabel(labels, status, doc[keys.status]), true));
      fillMarked(part(li, "ringkasan"), doc[keys.ringkasan] || "", terms, 240);
      if (hit.reasons) fillReason(part(li, "alasan"), hit.reasons);
      else part(li, "alasan").remove();
      if (doc[keys.gambar]) part(li, "gambar").querySelector("img").src = link(siteRoot, doc[keys.gambar]);
      else part(li, "gambar").remove();
      return li;
    };
  }

  // src/search/facet-panel.js
  var FACET_VISIBLE = 6;
  function createFacetPanel({ root: root2, clone, docs, labels, text, facets }) {
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
      facets.forEach((f) => {
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
      facets.forEach((f) => {
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
  function drawActiveFilters({ document: document2, clone, labels, text, facets }, state) {
    const box = document2.getElementById("cari-aktif"), ul = box.querySelector("ul");
    while (ul.firstChild) ul.removeChild(ul.firstChild);
    facets.forEach((f) => {
      Object.keys(state.sel[f.key]).sort().forEach((v) => {
        const li = clone("cari-tpl-filter"), button = li.querySelector("button"), label = facetLabel(labels, f, v);
        button.setAttribute("data-faset", f.key);
        button.setAttribute("data-nilai", v);
        button.setAttribute("aria-label", text("hapus-filter", void 0, { label }));
        part(li, "label").textContent = label;
        ul.appendChild(li);
      });
    });
    const n = activeFilterCount(state, facets);
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
  function listen({ root: root2, input, state, update, readUrl, drawMore, save, known, facets }) {
    const $ = (id) => document.getElementById(id);
    const form = $("cari-form"), panel = $("cari-saring");
    let timer = null;
    function typed(typing) {
      timer = null;
      state.q = input.value;
      state.typing = typing;
      update();
      save(false);
    }
    function flush(typing) {
      if (timer) window.clearTimeout(timer);
      typed(typing);
    }
    input.addEventListener("input", () => {
      if (timer) window.clearTimeout(timer);
      timer = window.setTimeout(() => typed(true), DEBOUNCE_MS);
    });
    input.addEventListener("keydown", (e) => {
      if ((e.key === "Escape" || e.key === "Esc") && input.value !== "") {
        e.preventDefault();
        input.value = "";
        flush(false);
      }
    });
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      flush(false);
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
        state.typing = true;
      }
      update();
      save(true);
    });
    $("cari-aktif").addEventListener("click", (e) => {
      const b = e.target.closest ? e.target.closest("button") : null;
      if (!b) return;
      if (b.id === "cari-hapus-semua") {
        state.sel = emptySelection(facets);
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
      state.typing = false;
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
    document.getElementById("cari-ui").hidden = true;
    if (window.console) console.error("Galeri: pencarian tidak dapat dimuat", error);
  }
  var now = () => window.performance && performance.now ? performance.now() : Date.now();
  function start(root2) {
    const analysis = window.GaleriAnalysis, store = window.GALERI_STORE;
    let index;
    try {
      if (!window.lunr || !analysis || !window.GALERI_INDEX || !store || !store.keys) throw new Error("missing script");
      index = window.lunr.Index.load(window.GALERI_INDEX);
    } catch (e) {
      fail(e);
      return;
    }
    const docs = store.docs, labels = store.labels || {}, keys = store.keys, facets = facetsOf(store);
    const lexicon = createLexicon(store, window.GALERI_KATA);
    const text = stringsOf(root2), clone = templateCloner(document);
    const page = { document, clone, labels, text, facets };
    const search = createSearch({ analysis, index, trailingWildcard: window.lunr.Query.wildcard.TRAILING, docs, keys, lexicon });
    const everyEntry = byName(docs, keys).map((i) => ({ i, score: 0, terms: null, reasons: null }));
    const values = facetValuesOf(docs, facets);
    const panel = createFacetPanel({ root: root2, clone, docs, labels, text, facets });
    const siteRoot = root2.getAttribute("data-root") || "";
    const drawHit = createHitDrawer({ document, clone, docs, labels, siteRoot, isMatch: createMatcher(analysis), keys, facets, fieldLabels: store.fields || {}, text });
    const $ = (id) => document.getElementById(id);
    const list = $("cari-daftar"), countLine = $("cari-jumlah"), orderNote = $("cari-urutan"), moreButton = $("cari-lagi");
    const allWords = $("cari-semua-kata"), partialHeading = $("cari-sebagian"), meant = $("cari-maksud");
    const state = { q: "", typing: false, sel: emptySelection(facets) };
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
    function drawSuggestions(show) {
      const links = meant.querySelector("span");
      while (links.firstChild) links.removeChild(links.firstChild);
      const offers = show ? suggestions(state.q, analysis, index, lexicon, 3) : [];
      offers.forEach((s, n) => {
        if (n > 0) links.appendChild(document.createTextNode(", "));
        const a = document.createElement("a");
        a.href = link(siteRoot, "cari/") + "?q=" + encodeURIComponent(s).replace(/%20/g, "+");
        a.textContent = s;
        links.appendChild(a);
      });
      meant.hidden = offers.length === 0;
    }
    function update() {
      const t0 = now();
      const found = search(state.q, !!state.typing);
      const partial = !!found && found.full.length === 0 && found.partial.length > 0;
      const hits = !found ? everyEntry : partial ? found.partial : found.full;
      const { results, counts } = filterAndCount(hits, values, state.sel, facets);
      panel.draw(state.sel, counts);
      drawActiveFilters(page, state);
      const q = state.q.trim(), n = results.length, full = partial ? 0 : n;
      countLine.textContent = found ? text(full === 1 ? "jumlah-kueri-satu" : "jumlah-kueri", full, { q }) : text(n === 1 ? "jumlah-satu" : "jumlah", n);
      orderNote.textContent = n > 1 ? text(found ? "urut-relevansi" : "urut-nama") : "";
      $("cari-lihat").textContent = text(n === 1 ? "lihat-satu" : "lihat", n);
      allWords.hidden = !partial;
      if (partial) allWords.textContent = text("semua-kata", void 0, { q });
      partialHeading.hidden = !partial || n === 0;
      $("cari-kosong").hidden = n > 0;
      drawSuggestions(!!found && found.full.length === 0);
      root2.setAttribute("data-penuh", String(full));
      current = results;
      shownCount = 0;
      while (list.firstChild) list.removeChild(list.firstChild);
      drawMore(false);
      lastMs = now() - t0;
      root2.setAttribute("data-ms", lastMs.toFixed(1));
      return lastMs;
    }
    function readUrl() {
      const read = readState(window.location.search, panel.known, facets);
      state.q = read.q;
      state.sel = read.sel;
      state.typing = false;
    }
    const input = $("cari-q");
    try {
      panel.build();
      readUrl();
      input.value = state.q;
      listen({ root: root2, input, state, update, readUrl, drawMore, save: (push) => saveUrl(window, state, push, facets), known: panel.known, facets });
      update();
      root2.setAttribute("data-siap", "true");
      if (window.performance && performance.mark) performance.mark("galeri-cari-siap");
    } catch (e) {
      fail(e);
      return;
    }
    window.GaleriSearch = {
      type(q, submitted) {
        input.value = q;
        state.q = q;
        state.typing = !submitted;
        return update();
      },
      lastMs: () => lastMs
    };
  }
  var root = document.getElementById("cari");
  if (root) start(root);
})();
