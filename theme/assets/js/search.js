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
    let spaced = typeof knownWords === "function" ? null : " " + (knownWords || "") + " ";
    const known = () => {
      if (spaced === null) {
        const words = knownWords();
        if (words === null || words === void 0) return null;
        spaced = " " + words + " ";
      }
      return spaced;
    };
    return { groups, byKey, longest, known };
  }
  function isKnownWord(lexicon, raw, stem) {
    const words = lexicon.known();
    if (words === null) return true;
    return words.indexOf(" " + raw + " ") >= 0 || words.indexOf(" " + stem + " ") >= 0;
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
      for (const p of prefixes) for (const t of index.termsStartingWith(p, MAX_PREFIX_TERMS)) if (expanded.indexOf(t) < 0) expanded.push(t);
      last.alts.push({ how: "awalan", prefixes, expanded, terms: [], label: w.raw });
    }
    for (const clause of clauses) clause.matchable = clause.alts.some((a) => altCanMatch(a, index));
    if (index.missingParts && index.missingParts().length) return clauses;
    for (const clause of clauses) {
      if (clause.matchable || clause.words.length !== 1) continue;
      const w = clause.words[0];
      if (w.raw.length < MIN_TYPO || isKnownWord(lex, w.raw, w.stem)) continue;
      for (const v of typoStems(w.raw, w.stem, analysis, index)) clause.alts.push({ how: "koreksi", terms: [v.stem], label: v.word, from: w.raw });
      clause.matchable = clause.alts.length > 1;
    }
    return clauses;
  }
  function altCanMatch(alt, index) {
    if (alt.how === "awalan") return alt.prefixes.some((p) => index.startsAnyTerm(p));
    return alt.terms.length > 0 && alt.terms.every((t) => index.hasTerm(t));
  }
  function queryKey(clauses) {
    return clauses.map((c) => c.alts.map((a) => a.how + ":" + (a.expanded || a.terms).join("+")).join("|")).join(" ");
  }
  function prefixesOf(t, stem, index) {
    const list = [stem];
    const strip = !index.startsAnyTerm(stem) && !index.startsAnyTerm(t);
    if (t !== stem) list.push(t);
    for (let i = 0; strip && i < PREFIXES.length; i++) {
      const [prefix, replacement] = PREFIXES[i];
      const rest = replacement + t.slice(prefix.length);
      if (t.startsWith(prefix) && rest.length >= MIN_PREFIX) list.push(rest);
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
    if (t.length < (minLength || MIN_TYPO) || t.length > 24 || index.hasTerm(stem)) return [];
    const found = {}, out = [];
    const tryWord = (w) => {
      const s = analysis.stem(w);
      if (s && s !== stem && !hasOwn(found, s) && index.anyTerm(s)) {
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
      if (index.hasTerm(w.stem) || lexicon && (hasOwn(lexicon.byKey, w.stem) || isKnownWord(lexicon, w.raw, w.stem))) continue;
      const probe = typoStems(w.raw, w.stem, analysis, index, 4);
      for (const v of probe) {
        if (out.length >= (limit || 3)) return out;
        out.push(words.map((o) => o === w ? v.word : o.raw).join(" "));
      }
    }
    return out;
  }

  // src/search/codes.js
  var ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var WEIGHT_STEPS = 150;
  var DIGIT = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;
  var weights = null;
  function weightOf(code) {
    if (!weights) {
      weights = new Float64Array(1024);
      for (let c = 0; c < 1024; c++) weights[c] = Math.exp(c / WEIGHT_STEPS) - 1;
    }
    return weights[code];
  }
  function readNumbers(s, from, to) {
    const out = [];
    let v = 0;
    for (let i = from; i < to; i++) {
      const d = DIGIT[s.charCodeAt(i)];
      if (d < 32) v = v * 32 + d;
      else {
        out.push(v * 32 + d - 32);
        v = 0;
      }
    }
    return out;
  }
  function countNumbers(s, from, to) {
    let n = 0;
    for (let i = from; i < to; i++) if (DIGIT[s.charCodeAt(i)] >= 32) n++;
    return n;
  }
  function decodePosting(s) {
    const cut = s.indexOf("~");
    let body = null;
    return {
      head: decodeHead(s, cut),
      get body() {
        return body || (body = decodeBody(s, cut));
      }
    };
  }
  function decodeHead(s, cut) {
    const n = countNumbers(s, 0, cut) / 3;
    const head = { docs: new Int32Array(n), masks: new Int32Array(n), weights: new Float64Array(n) };
    weightOf(0);
    let v = 0, slot = 0, k = 0, d = -1;
    for (let i = 0; i < cut; i++) {
      const c = DIGIT[s.charCodeAt(i)];
      if (c < 32) {
        v = v * 32 + c;
        continue;
      }
      v = v * 32 + c - 32;
      if (slot === 0) {
        d += v;
        head.docs[k] = d;
        slot = 1;
      } else if (slot === 1) {
        head.masks[k] = v;
        slot = 2;
      } else {
        head.weights[k++] = weights[v];
        slot = 0;
      }
      v = 0;
    }
    return head;
  }
  function decodeBody(s, cut) {
    const n = countNumbers(s, cut + 1, s.length) / 2;
    const body = { docs: new Int32Array(n), weights: new Float64Array(n) };
    weightOf(0);
    let v = 0, slot = 0, k = 0, d = -1;
    for (let i = cut + 1; i < s.length; i++) {
      const c = DIGIT[s.charCodeAt(i)];
      if (c < 32) {
        v = v * 32 + c;
        continue;
      }
      v = v * 32 + c - 32;
      if (slot === 0) {
        d += v;
        body.docs[k] = d;
        slot = 1;
      } else {
        body.weights[k++] = weights[v];
        slot = 0;
      }
      v = 0;
    }
    return body;
  }
  function decodeDocs(s) {
    const gaps = readNumbers(s, 0, s.length), docs = new Int32Array(gaps.length);
    for (let k = 0, d = -1; k < gaps.length; k++) {
      d += gaps[k];
      docs[k] = d;
    }
    return docs;
  }
  function decodeColumn(s, width, count) {
    const col = new Uint16Array(count);
    for (let d = 0; d < count; d++) {
      let v = 0;
      for (let k = 0; k < width; k++) v = v * 64 + DIGIT[s.charCodeAt(d * width + k)];
      col[d] = v;
    }
    return col;
  }
  function holds(docs, d) {
    let lo = 0, hi = docs.length - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1, v = docs[mid];
      if (v === d) return mid;
      if (v < d) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  // src/search/ranked.js
  var DOC_BITS = 1048576;
  var entryOfKey = (key) => key - Math.floor(key / DOC_BITS) * DOC_BITS;
  function smallest(keys, k) {
    const n = keys.length;
    if (k >= n / 4) return Float64Array.from(keys).sort().subarray(0, Math.min(k, n));
    const heap = new Float64Array(k);
    let size = 0;
    for (let i = 0; i < n; i++) {
      const v = keys[i];
      if (size < k) {
        let j = size++;
        while (j > 0) {
          const p = j - 1 >> 1;
          if (heap[p] >= v) break;
          heap[j] = heap[p];
          j = p;
        }
        heap[j] = v;
      } else if (v < heap[0]) {
        let j = 0;
        for (; ; ) {
          const l = 2 * j + 1;
          if (l >= k) break;
          const c = l + 1 < k && heap[l + 1] > heap[l] ? l + 1 : l;
          if (heap[c] <= v) break;
          heap[j] = heap[c];
          j = c;
        }
        heap[j] = v;
      }
    }
    return heap.subarray(0, size).sort();
  }
  var AT_LEAST = 32;
  function rankedView(keys, ahead) {
    let ordered = new Int32Array(0), entries = null;
    function extend(to) {
      const top = smallest(keys, Math.min(keys.length, Math.max(to, ordered.length * 2, AT_LEAST)));
      ordered = new Int32Array(top.length);
      for (let k = 0; k < top.length; k++) ordered[k] = entryOfKey(top[k]);
    }
    if (ahead > 0) extend(ahead);
    return {
      length: keys.length,
      keys,
      // The entries in no particular order (filtering and counting need no order).
      entries() {
        if (!entries) {
          entries = new Int32Array(keys.length);
          for (let k = 0; k < keys.length; k++) entries[k] = entryOfKey(keys[k]);
        }
        return entries;
      },
      at(k) {
        if (k >= ordered.length) extend(k + 1);
        return ordered[k];
      },
      // Every entry in order (for tests and callers that want the whole list).
      all() {
        if (ordered.length < keys.length) extend(keys.length);
        return Array.from(ordered);
      }
    };
  }
  function plainView(entries) {
    return { length: entries.length, keys: null, entries: () => entries, at: (k) => entries[k], all: () => Array.from(entries) };
  }
  function filteredView(view, positions, ahead) {
    if (positions.length === view.length) return view;
    if (!view.keys) {
      const entries = view.entries(), kept = new Int32Array(positions.length);
      for (let k = 0; k < positions.length; k++) kept[k] = entries[positions[k]];
      return plainView(kept);
    }
    const keys = new Float64Array(positions.length);
    for (let k = 0; k < positions.length; k++) keys[k] = view.keys[positions[k]];
    return rankedView(keys, ahead);
  }

  // src/search/rank.js
  var hasOwn2 = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  var BOOST = { kata: 10, sinonim: 6, awalan: 3, koreksi: 2 };
  var PHRASE_IN_NAME = 3;
  function metAlt(clause, terms) {
    for (const alt of clause.alts) {
      if (alt.how === "awalan") {
        for (const term of alt.expanded) if (hasOwn2(terms, term)) return { alt, hit: [term] };
      } else if (alt.terms.every((t) => hasOwn2(terms, t))) return { alt, hit: alt.terms };
    }
    return null;
  }
  function termsOf(index, clauses, i) {
    const terms = {};
    const add = (t, headOnly) => {
      const p = index.postings(t);
      if (!p) return;
      const h = holds(p.head.docs, i), fields = {};
      let any = false;
      if (h >= 0) {
        const mask = p.head.masks[h];
        index.head.forEach((f, bit) => {
          if (mask & 1 << bit) {
            fields[f] = {};
            any = true;
          }
        });
      }
      if (!headOnly && holds(p.body.docs, i) >= 0) {
        fields.isi = {};
        any = true;
      }
      if (any) terms[t] = Object.assign(terms[t] || {}, fields);
    };
    for (const clause of clauses)
      for (const alt of clause.alts) {
        if (alt.how === "awalan") alt.expanded.forEach((t) => add(t, true));
        else alt.terms.forEach((t) => add(t, false));
      }
    return terms;
  }
  function describe(index, clauses, i, score) {
    const terms = termsOf(index, clauses, i);
    const reasons = clauses.map((clause) => {
      const m = metAlt(clause, terms);
      return m && { how: m.alt.how, label: m.alt.label, from: m.alt.from || clause.raw, fields: fieldsOf(terms, m.hit, index.fields) };
    });
    return { i, score, terms, reasons };
  }
  function fieldsOf(terms, hit, fields) {
    const seen = {};
    for (const t of hit) if (terms[t]) for (const f in terms[t]) seen[f] = true;
    return fields.filter((f) => seen[f]);
  }
  function scoreClauses(index, clauses) {
    const n = index.count, score = new Float64Array(n), met = new Uint32Array(n), seen = new Uint8Array(n);
    const count = new Uint8Array(n), counted = new Int32Array(n);
    let reached = 0, stamp = 0;
    clauses.forEach((clause, c) => {
      const bit = 1 << c;
      for (const alt of clause.alts) {
        const boost = BOOST[alt.how];
        if (alt.how === "awalan") {
          for (const t of alt.expanded) {
            const p = index.postings(t);
            if (!p) continue;
            const { docs: hd, weights: hw } = p.head;
            for (let k = 0; k < hd.length; k++) {
              const d = hd[k];
              if (seen[d] === 0) {
                seen[d] = 1;
                reached++;
              }
              score[d] += boost * hw[k];
              met[d] |= bit;
            }
          }
          continue;
        }
        const several = alt.terms.length > 1, touched = [];
        for (const t of alt.terms) {
          const p = index.postings(t);
          if (!p) continue;
          stamp++;
          for (const list of [p.head, p.body]) {
            const { docs: ld, weights: lw } = list;
            for (let k = 0; k < ld.length; k++) {
              const d = ld[k];
              if (seen[d] === 0) {
                seen[d] = 1;
                reached++;
              }
              score[d] += boost * lw[k];
              if (!several) met[d] |= bit;
              else if (counted[d] !== stamp) {
                counted[d] = stamp;
                if (count[d]++ === 0) touched.push(d);
              }
            }
          }
        }
        if (several) for (const d of touched) {
          if (count[d] === alt.terms.length) met[d] |= bit;
          count[d] = 0;
        }
      }
    });
    const docs = new Int32Array(reached);
    for (let d = 0, k = 0; k < reached; d++) if (seen[d] === 1) docs[k++] = d;
    return { docs, score, met };
  }
  var SCORE_STEPS = 1e3;
  var MAX_SCORE = 2 ** 26;
  function sortKey(met, score, d) {
    const s = Math.min(MAX_SCORE - 1, Math.round(score * SCORE_STEPS));
    return -(met * MAX_SCORE + s) * DOC_BITS + d;
  }
  function bitCount(v) {
    let c = 0;
    for (; v; v &= v - 1) c++;
    return c;
  }
  function phraseDocs(index, clauses) {
    const stems = [];
    for (const c of clauses) for (const w of c.words) stems.push(w.stem);
    let set = null;
    for (let k = 0; k + 1 < stems.length; k++) {
      const docs = index.pair(stems[k], stems[k + 1]);
      if (!docs) return null;
      const next = {};
      for (let j = 0; j < docs.length; j++) if (!set || set[docs[j]]) next[docs[j]] = true;
      set = next;
    }
    return set;
  }
  function createSearch({ analysis, index, lexicon }) {
    let lastText = null, lastTyping = null, lastKey = null, last = null;
    return function search(text, typing) {
      if (text === lastText && typing === lastTyping) return last;
      index.clearMissing();
      const clauses = parseQuery(text, analysis, index, lexicon, typing), key = queryKey(clauses);
      if (index.missingParts().length) return void 0;
      lastText = text;
      lastTyping = typing;
      if (key === lastKey) return last;
      if (clauses.length === 0) {
        lastKey = key;
        return last = null;
      }
      const { docs, score, met } = scoreClauses(index, clauses);
      const phrase = clauses.length > 1 ? phraseDocs(index, clauses) : null;
      if (index.missingParts().length) {
        lastText = null;
        return void 0;
      }
      const all = clauses.length >= 32 ? 4294967295 : (1 << clauses.length) - 1;
      let nFull = 0, nPartial = 0;
      for (const d of docs) {
        if (met[d] >>> 0 === all >>> 0) {
          if (phrase && phrase[d]) score[d] *= PHRASE_IN_NAME;
          nFull++;
        } else if (met[d] !== 0) nPartial++;
      }
      const fullKeys = new Float64Array(nFull), partialKeys = new Float64Array(nPartial);
      let f = 0, p = 0;
      for (const d of docs) {
        if (met[d] >>> 0 === all >>> 0) fullKeys[f++] = sortKey(0, score[d], d);
        else if (met[d] !== 0) partialKeys[p++] = sortKey(bitCount(met[d]), score[d], d);
      }
      const fullView = rankedView(fullKeys, 0), partialView = rankedView(partialKeys, 0);
      lastKey = key;
      return last = {
        clauses,
        fullView,
        partialView,
        score,
        get full() {
          return fullView.all();
        },
        get partial() {
          return partialView.all();
        },
        describe: (i) => describe(index, clauses, i, score[i])
      };
    };
  }

  // src/search/facets.js
  var hasOwn3 = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  function facetsOf(store) {
    const labels = store.labels || {};
    return (store.facets || []).map((f) => ({
      key: f.key,
      order: f.order,
      labels: labels[f.key] && Object.keys(labels[f.key]).length > 0 ? f.key : null,
      values: f.values || []
    }));
  }
  var columnsOf = (store, count) => (store.facets || []).map((f) => decodeColumn(f.col, f.w, count));
  var facetByKey = (facets, key) => facets.find((f) => f.key === key);
  function facetLabel(labels, facet, value) {
    const group = facet.labels && labels[facet.labels];
    return group && hasOwn3(group, value) ? group[value] : value;
  }
  function facetOptions(labels, facet) {
    const list = facet.values.slice();
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
  function filterAndCount(hits, columns, selected, facets) {
    const results = [], positions = [], tallies = [], active = [], chosen = [];
    facets.forEach((f, fi) => {
      tallies.push(new Int32Array(f.values.length + 1));
      const pick = new Uint8Array(f.values.length + 1);
      let any = false;
      f.values.forEach((v, k) => {
        if (hasOwn3(selected[f.key], v)) {
          pick[k + 1] = 1;
          any = true;
        }
      });
      chosen.push(pick);
      if (any || Object.keys(selected[f.key]).length > 0) active.push(fi);
    });
    const nf = facets.length;
    for (let h = 0; h < hits.length; h++) {
      const d = hits[h];
      let failed = -1, failures = 0;
      for (let a = 0; a < active.length && failures < 2; a++) {
        const fi = active[a];
        if (!chosen[fi][columns[fi][d]]) {
          failures++;
          failed = fi;
        }
      }
      if (failures > 1) continue;
      if (failures === 0) {
        results.push(d);
        positions.push(h);
        for (let fi = 0; fi < nf; fi++) tallies[fi][columns[fi][d]]++;
      } else tallies[failed][columns[failed][d]]++;
    }
    const counts = {};
    facets.forEach((f, fi) => {
      const c = counts[f.key] = {};
      f.values.forEach((v, k) => {
        if (tallies[fi][k + 1] > 0) c[v] = tallies[fi][k + 1];
      });
    });
    return { results, positions, counts };
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
  var SHORTEST_HIT_PX = 150;
  function firstScreenSize(window2) {
    const height = window2.innerHeight || 900;
    return Math.min(PAGE_SIZE, Math.max(3, Math.ceil(height / SHORTEST_HIT_PX)));
  }
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
  function createHitDrawer({ document: document2, clone, docOf, labels, siteRoot, isMatch, keys, facets, fieldLabels, text }) {
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
      const doc = docOf(hit.i), terms = hit.terms, li = clone("cari-tpl-hasil");
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
  function createFacetPanel({ root: root2, clone, labels, text, facets }) {
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
        const box = boxOf(f), ul = box.querySelector("ul"), values = facetOptions(labels, f);
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

  // src/search/parts.js
  function createPartLoader({ base, addScript, registry }) {
    const loaded = {}, pending = {};
    function take(name) {
      const all = registry() || {};
      if (!Object.prototype.hasOwnProperty.call(all, name)) return void 0;
      const part2 = all[name];
      delete all[name];
      loaded[name] = part2;
      return part2;
    }
    function load(name) {
      if (Object.prototype.hasOwnProperty.call(loaded, name)) return Promise.resolve(loaded[name]);
      if (pending[name]) return pending[name];
      const already = take(name);
      if (already !== void 0) return Promise.resolve(already);
      pending[name] = new Promise((resolve, reject) => {
        addScript(base + "assets/search/" + name + ".js", () => {
          delete pending[name];
          const part2 = take(name);
          if (part2 === void 0) reject(new Error("bagian pencarian kosong: " + name));
          else resolve(part2);
        }, () => {
          delete pending[name];
          reject(new Error("bagian pencarian tidak termuat: " + name));
        });
      });
      return pending[name];
    }
    return {
      load,
      loadAll: (names) => Promise.all(names.map(load)),
      // The part if it has loaded, else undefined (synchronous: the search runs on what is there).
      get: (name) => Object.prototype.hasOwnProperty.call(loaded, name) ? loaded[name] : take(name)
    };
  }
  function scriptAdder(document2) {
    return function addScript(src, done, failed) {
      const s = document2.createElement("script");
      s.src = src;
      s.async = true;
      s.onload = done;
      s.onerror = failed;
      document2.head.appendChild(s);
    };
  }

  // src/search/split-index.js
  var TERM_LIST = "istilah";
  function safeName(key) {
    let out = "";
    for (let i = 0; i < key.length; i++) {
      const c = key.charAt(i);
      out += /[a-z0-9]/.test(c) ? c : "_" + ("000" + key.charCodeAt(i).toString(16)).slice(-4);
    }
    return out;
  }
  var shardPart = (key) => "t/" + safeName(key);
  function lowerBound(list, s) {
    let lo = 0, hi = list.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (list[mid] < s) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  function createSplitIndex(meta, parts) {
    const keys = meta.shards || [], keySet = {}, missing = {};
    let longest = 0;
    for (const k of keys) {
      keySet[k] = true;
      if (k.length > longest) longest = k.length;
    }
    const decoded = {}, pairDocs = {};
    let allTerms = null;
    function need(name) {
      missing[name] = true;
    }
    function keyOf(term) {
      for (let n = Math.min(term.length, longest); n > 0; n--) {
        const k = term.slice(0, n);
        if (keySet[k] === true) return k;
      }
      return null;
    }
    function shard(key) {
      const s = parts.get(shardPart(key));
      if (s === void 0) {
        need(shardPart(key));
        return null;
      }
      return s;
    }
    function keysFor(p) {
      const out = [], own = keyOf(p);
      if (own !== null) out.push(own);
      for (let i = lowerBound(keys, p); i < keys.length && keys[i].startsWith(p); i++) if (keys[i] !== own) out.push(keys[i]);
      return out;
    }
    function position(s, term) {
      const i = lowerBound(s.t, term);
      return i < s.t.length && s.t[i] === term ? i : -1;
    }
    const index = {
      fields: meta.head.concat(["isi"]),
      head: meta.head,
      count: meta.n,
      missing,
      clearMissing() {
        for (const k in missing) delete missing[k];
      },
      missingParts: () => Object.keys(missing),
      hasTerm(term) {
        const k = keyOf(term);
        if (k === null) return false;
        const s = shard(k);
        return !!s && position(s, term) >= 0;
      },
      // Whether some term starts with p.
      startsAnyTerm(p) {
        let found = false;
        for (const k of keysFor(p)) {
          const s = shard(k);
          if (!s) continue;
          const i = lowerBound(s.t, p);
          if (i < s.t.length && s.t[i].startsWith(p)) found = true;
        }
        return found;
      },
      // The terms that start with p, shortest first (then in order), at most `limit`.
      termsStartingWith(p, limit) {
        let all = [];
        for (const k of keysFor(p)) {
          const s = shard(k);
          if (!s) continue;
          for (let i = lowerBound(s.t, p); i < s.t.length && s.t[i].startsWith(p); i++) all.push(s.t[i]);
        }
        all.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
        if (all.length > limit) all = all.slice(0, limit);
        return all;
      },
      // Whether any entry holds the term, from the list of every term (loaded only for corrections).
      anyTerm(term) {
        const k = keyOf(term);
        if (k === null) return false;
        const s = parts.get(shardPart(k));
        if (s !== void 0) return position(s, term) >= 0;
        if (allTerms === null) {
          const list = parts.get(TERM_LIST);
          if (list === void 0) {
            need(TERM_LIST);
            return false;
          }
          allTerms = {};
          for (const t of list.split(" ")) allTerms[t] = true;
        }
        return allTerms[term] === true;
      },
      // A term's entry lists ({ head: { docs, masks, weights }, body: { docs, weights } }), or null.
      postings(term) {
        if (Object.prototype.hasOwnProperty.call(decoded, term)) return decoded[term];
        const k = keyOf(term);
        if (k === null) return null;
        const s = shard(k);
        if (!s) return null;
        const i = position(s, term);
        return decoded[term] = i < 0 ? null : decodePosting(s.p[i]);
      },
      // The entries whose name holds the two terms side by side, or null.
      pair(a, b) {
        const name = a + " " + b;
        if (Object.prototype.hasOwnProperty.call(pairDocs, name)) return pairDocs[name];
        const k = keyOf(a);
        if (k === null) return null;
        const s = shard(k);
        if (!s) return null;
        return pairDocs[name] = s.f && Object.prototype.hasOwnProperty.call(s.f, name) ? decodeDocs(s.f[name]) : null;
      }
    };
    return index;
  }

  // src/search/run.js
  var MAX_ROUNDS = 6;
  var docsPart = (i, chunk) => "d/" + Math.floor(i / chunk);
  function runLoading(index, parts, attempt) {
    let round = 0;
    function go() {
      const result = attempt();
      if (result !== void 0) return Promise.resolve(result);
      const names = index.missingParts();
      if (++round > MAX_ROUNDS || names.length === 0) return Promise.reject(new Error("pencarian tidak selesai: " + names.join(", ")));
      return parts.loadAll(names).then(go);
    }
    return go();
  }

  // src/search/main.js
  function fail(error) {
    document.getElementById("cari-gagal").hidden = false;
    document.getElementById("cari-ui").hidden = true;
    if (window.console) console.error("Galeri: pencarian tidak dapat dimuat", error);
  }
  var now = () => window.performance && performance.now ? performance.now() : Date.now();
  function start(root2) {
    const analysis = window.GaleriAnalysis, registry = () => window.GALERI_BAGIAN;
    const meta = registry() && registry().meta;
    if (!analysis || !meta || !meta.keys) {
      fail(new Error("missing script"));
      return;
    }
    const siteRoot = root2.getAttribute("data-root") || "";
    const parts = createPartLoader({ base: siteRoot, addScript: scriptAdder(document), registry });
    const index = createSplitIndex(meta, parts);
    const lexicon = createLexicon(meta, () => {
      const words = parts.get("kata");
      if (words === void 0) {
        index.missing.kata = true;
        return null;
      }
      return words;
    });
    const labels = meta.labels || {}, keys = meta.keys, facets = facetsOf(meta), columns = columnsOf(meta, meta.n);
    const text = stringsOf(root2), clone = templateCloner(document);
    const page = { document, clone, labels, text, facets };
    const search = createSearch({ analysis, index, lexicon });
    const everyEntry = plainView(Array.from({ length: meta.n }, (_, i) => i));
    const panel = createFacetPanel({ root: root2, clone, labels, text, facets });
    const docOf = (i) => parts.get(docsPart(i, meta.chunk))[i % meta.chunk];
    const drawHit = createHitDrawer({ document, clone, docOf, labels, siteRoot, isMatch: createMatcher(analysis), keys, facets, fieldLabels: meta.fields || {}, text });
    const $ = (id) => document.getElementById(id);
    const list = $("cari-daftar"), countLine = $("cari-jumlah"), orderNote = $("cari-urutan"), moreButton = $("cari-lagi");
    const allWords = $("cari-semua-kata"), partialHeading = $("cari-sebagian"), meant = $("cari-maksud");
    const state = { q: "", typing: false, sel: emptySelection(facets) };
    let current = plainView([]), found = null, shownCount = 0, lastMs = 0, lastPageMs = 0, seq = 0, built = false, shownOnce = false;
    const known = {};
    facets.forEach((f) => {
      known[f.key] = {};
      f.values.forEach((v) => {
        known[f.key][v] = true;
      });
    });
    const loadDocs = (from, to) => {
      const names = {};
      for (let k = from; k < to; k++) names[docsPart(current.at(k), meta.chunk)] = true;
      return parts.loadAll(Object.keys(names));
    };
    let filtered = null;
    function filterOnce(hits, ahead) {
      const key = JSON.stringify(state.sel);
      if (!filtered || filtered.hits !== hits || filtered.key !== key) {
        const { positions, counts } = filterAndCount(hits.entries(), columns, state.sel, facets);
        filtered = { hits, key, out: { results: filteredView(hits, positions, ahead), counts } };
      }
      return filtered.out;
    }
    const hitOf = (i) => found ? found.describe(i) : { i, score: 0, terms: null, reasons: null };
    function drawPage(from, to, focusFirst, restComing) {
      const fragment = document.createDocumentFragment();
      for (let k = from; k < to; k++) fragment.appendChild(drawHit(hitOf(current.at(k))));
      list.appendChild(fragment);
      shownCount = to;
      const rest = current.length - shownCount;
      moreButton.hidden = rest <= 0 || !!restComing;
      moreButton.textContent = text("lebih", Math.min(rest, PAGE_SIZE));
      if (focusFirst && list.children[from]) list.children[from].querySelector("a").focus();
    }
    function drawMore(focusFirst) {
      const from = shownCount, to = Math.min(current.length, shownCount + PAGE_SIZE), mine = seq;
      return loadDocs(from, to).then(() => {
        if (mine === seq && shownCount === from) drawPage(from, to, focusFirst);
      }, fail);
    }
    function drawSuggestions(offers) {
      const links = meant.querySelector("span");
      while (links.firstChild) links.removeChild(links.firstChild);
      offers.forEach((s, n) => {
        if (n > 0) links.appendChild(document.createTextNode(", "));
        const a = document.createElement("a");
        a.href = link(siteRoot, "cari/") + "?q=" + encodeURIComponent(s).replace(/%20/g, "+");
        a.textContent = s;
        links.appendChild(a);
      });
      meant.hidden = offers.length === 0;
    }
    const afterPaint = () => new Promise((resolve) => {
      if (document.visibilityState === "hidden" || !window.requestAnimationFrame) window.setTimeout(resolve, 0);
      else window.requestAnimationFrame(() => window.setTimeout(resolve, 0));
    });
    function update() {
      const t0 = now(), mine = ++seq, q = state.q, typing = !!state.typing;
      return runLoading(index, parts, () => {
        index.clearMissing();
        const result = search(q, typing);
        if (result === void 0) return void 0;
        const offers = result && result.fullView.length === 0 ? suggestions(q, analysis, index, lexicon, 3) : [];
        return index.missingParts().length ? void 0 : { result, offers };
      }).then(({ result, offers }) => {
        if (mine !== seq) return lastMs;
        const partial = !!result && result.fullView.length === 0 && result.partialView.length > 0;
        const hits = !result ? everyEntry : partial ? result.partialView : result.fullView;
        const { results, counts } = filterOnce(hits, PAGE_SIZE);
        const previous = current;
        current = results;
        const pageEnd = Math.min(results.length, PAGE_SIZE), first = Math.min(pageEnd, firstScreenSize(window));
        return loadDocs(0, first).then(() => {
          if (mine !== seq) {
            current = previous;
            return lastMs;
          }
          found = result;
          if (!built) {
            panel.build();
            built = true;
          }
          panel.draw(state.sel, counts);
          drawActiveFilters(page, state);
          const shown = q.trim(), n = results.length, full = partial ? 0 : n;
          countLine.textContent = result ? text(full === 1 ? "jumlah-kueri-satu" : "jumlah-kueri", full, { q: shown }) : text(n === 1 ? "jumlah-satu" : "jumlah", n);
          orderNote.textContent = n > 1 ? text(result ? "urut-relevansi" : "urut-nama") : "";
          $("cari-lihat").textContent = text(n === 1 ? "lihat-satu" : "lihat", n);
          allWords.hidden = !partial;
          if (partial) allWords.textContent = text("semua-kata", void 0, { q: shown });
          partialHeading.hidden = !partial || n === 0;
          $("cari-kosong").hidden = n > 0;
          drawSuggestions(offers);
          root2.setAttribute("data-penuh", String(full));
          shownCount = 0;
          while (list.firstChild) list.removeChild(list.firstChild);
          drawPage(0, first, false, first < pageEnd);
          lastMs = now() - t0;
          root2.setAttribute("data-ms", lastMs.toFixed(1));
          if (!shownOnce && window.performance && performance.mark) performance.mark("galeri-cari-siap");
          shownOnce = true;
          const finish = () => {
            lastPageMs = now() - t0;
            root2.setAttribute("data-lengkap", "true");
            return lastMs;
          };
          if (first >= pageEnd) return finish();
          root2.setAttribute("data-lengkap", "false");
          return Promise.all([loadDocs(first, pageEnd), afterPaint()]).then(() => {
            if (mine !== seq) return lastMs;
            if (shownCount === first) drawPage(first, pageEnd, false);
            return finish();
          });
        });
      }).catch((e) => {
        fail(e);
        throw e;
      });
    }
    function readUrl() {
      const read = readState(window.location.search, known, facets);
      state.q = read.q;
      state.sel = read.sel;
      state.typing = false;
    }
    const input = $("cari-q");
    try {
      readUrl();
      input.value = state.q;
      listen({ root: root2, input, state, update, readUrl, drawMore, save: (push) => saveUrl(window, state, push, facets), known, facets });
    } catch (e) {
      fail(e);
      return;
    }
    update().then(() => {
      root2.setAttribute("data-siap", "true");
    }, () => {
    });
    window.GaleriSearch = {
      type(q, submitted) {
        input.value = q;
        state.q = q;
        state.typing = !submitted;
        return update();
      },
      lastMs: () => lastMs,
      pageMs: () => lastPageMs
    };
  }
  var root = document.getElementById("cari");
  if (root) start(root);
})();
