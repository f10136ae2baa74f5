// Ranking over the split index: adds up, for every entry, the weights of the query's terms it holds
// (BM25 per field × the field's boost, from the build) times how much the kind of match counts, and
// sorts the entries into full matches (every clause met) and partial ones. What each hit matched
// and why (the "cocok: …" line, the marks) is worked out only for the hits drawn. Remembers the last
// query, so a filter change or a keystroke that changes no clause costs nothing.
import { parseQuery, queryKey } from './query.js';
import { holds } from './codes.js';
import { DOC_BITS, rankedView } from './ranked.js';

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

// How much each kind of alternative weighs: the word as written outweighs a synonym, which
// outweighs the beginning of a word being typed, which outweighs a correction.
const BOOST = { kata: 10, sinonim: 6, awalan: 3, koreksi: 2 };
// A name that holds the query's words side by side ("satu data" → "Satu Data Kota Magelang").
const PHRASE_IN_NAME = 3;

// The alternative of a clause an entry meets (the first that it does), given the terms it matched.
export function metAlt(clause, terms) {
  for (const alt of clause.alts) {
    if (alt.how === 'awalan') {
      for (const term of alt.expanded) if (hasOwn(terms, term)) return { alt, hit: [term] };
    } else if (alt.terms.every((t) => hasOwn(terms, t))) return { alt, hit: alt.terms };
  }
  return null;
}

// The terms of one entry a query matched, each with the fields it was found in: { term: { field: {} } }
// (the beginning of a word being typed counts outside the body only).
export function termsOf(index, clauses, i) {
  const terms = {};
  const add = (t, headOnly) => {
    const p = index.postings(t);
    if (!p) return;
    const h = holds(p.head.docs, i), fields = {};
    let any = false;
    if (h >= 0) {
      const mask = p.head.masks[h];
      index.head.forEach((f, bit) => { if (mask & (1 << bit)) { fields[f] = {}; any = true; } });
    }
    if (!headOnly && holds(p.body.docs, i) >= 0) { fields.isi = {}; any = true; }
    if (any) terms[t] = Object.assign(terms[t] || {}, fields);
  };
  for (const clause of clauses)
    for (const alt of clause.alts) {
      if (alt.how === 'awalan') alt.expanded.forEach((t) => add(t, true));
      else alt.terms.forEach((t) => add(t, false));
    }
  return terms;
}

// A hit as drawn: its terms and, per clause, the reason it matched.
export function describe(index, clauses, i, score) {
  const terms = termsOf(index, clauses, i);
  const reasons = clauses.map((clause) => {
    const m = metAlt(clause, terms);
    return m && { how: m.alt.how, label: m.alt.label, from: m.alt.from || clause.raw, fields: fieldsOf(terms, m.hit, index.fields) };
  });
  return { i, score, terms, reasons };
}

// The fields the matched terms were found in, heaviest first (the index lists fields so).
function fieldsOf(terms, hit, fields) {
  const seen = {};
  for (const t of hit) if (terms[t]) for (const f in terms[t]) seen[f] = true;
  return fields.filter((f) => seen[f]);
}

// Scores and met clauses of every entry a term of the query reaches: { docs, score, met } where
// docs lists the entries reached and met holds a bit per clause.
export function scoreClauses(index, clauses) {
  // Typed arrays over every entry and no callbacks: a common word's lists reach every entry of the
  // catalog, and this loop is most of a keystroke's work on a slow phone.
  const n = index.count, score = new Float64Array(n), met = new Uint32Array(n), seen = new Uint8Array(n);
  const count = new Uint8Array(n), counted = new Int32Array(n);
  let reached = 0, stamp = 0;
  clauses.forEach((clause, c) => {
    const bit = 1 << c;
    for (const alt of clause.alts) {
      const boost = BOOST[alt.how];
      if (alt.how === 'awalan') {
        for (const t of alt.expanded) {
          const p = index.postings(t);
          if (!p) continue;
          const { docs: hd, weights: hw } = p.head;
          for (let k = 0; k < hd.length; k++) {
            const d = hd[k];
            if (seen[d] === 0) { seen[d] = 1; reached++; }
            score[d] += boost * hw[k];
            met[d] |= bit;
          }
        }
        continue;
      }
      // An alternative of several terms ("bantu sosial") is met by the entries that hold them all.
      const several = alt.terms.length > 1, touched = [];
      for (const t of alt.terms) {
        const p = index.postings(t);
        if (!p) continue;
        stamp++;
        for (const list of [p.head, p.body]) {
          const { docs: ld, weights: lw } = list;
          for (let k = 0; k < ld.length; k++) {
            const d = ld[k];
            if (seen[d] === 0) { seen[d] = 1; reached++; }
            score[d] += boost * lw[k];
            if (!several) met[d] |= bit;
            // Counted once per entry per term, head and body together.
            else if (counted[d] !== stamp) { counted[d] = stamp; if (count[d]++ === 0) touched.push(d); }
          }
        }
      }
      if (several) for (const d of touched) { if (count[d] === alt.terms.length) met[d] |= bit; count[d] = 0; }
    }
  });
  // The entries reached, in entry order (the caller sorts them).
  const docs = new Int32Array(reached);
  for (let d = 0, k = 0; k < reached; d++) if (seen[d] === 1) docs[k++] = d;
  return { docs, score, met };
}

// Hits are sorted by one number each, natively (a comparator over 10,000 hits costs a slow phone
// tens of ms): clauses met, then score (to 1/1000), both descending, then entry number
// (DOC_BITS: 2^20 entries at most). Only the hits drawn are put in order (ranked.js).
const SCORE_STEPS = 1000;
const MAX_SCORE = 2 ** 26;
function sortKey(met, score, d) {
  const s = Math.min(MAX_SCORE - 1, Math.round(score * SCORE_STEPS));
  return -(met * MAX_SCORE + s) * DOC_BITS + d;
}

function bitCount(v) {
  let c = 0;
  for (; v; v &= v - 1) c++;
  return c;
}

// The entries whose name holds the query's words side by side, as a set, or null.
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

// The search of one page: (text, typing) → null for no words (the caller lists every entry by
// name), else { clauses, full, partial, fullView, partialView, score, describe(i) }: full and partial
// are entry numbers, full by score, partial by the number of clauses met, then score; the views are
// the same as { length, at(k), … } (ranked.js), ordered only as far as they are read (the page reads
// those; full and partial order every hit when asked). Returns undefined when parts
// of the index it needs have not loaded (index.missingParts() names them): load them and ask again.
export function createSearch({ analysis, index, lexicon }) {
  let lastText = null, lastTyping = null, lastKey = null, last = null;
  return function search(text, typing) {
    if (text === lastText && typing === lastTyping) return last;
    index.clearMissing();
    const clauses = parseQuery(text, analysis, index, lexicon, typing), key = queryKey(clauses);
    if (index.missingParts().length) return undefined;
    lastText = text;
    lastTyping = typing;
    if (key === lastKey) return last;
    if (clauses.length === 0) { lastKey = key; return (last = null); }
    const { docs, score, met } = scoreClauses(index, clauses);
    const phrase = clauses.length > 1 ? phraseDocs(index, clauses) : null;
    if (index.missingParts().length) { lastText = null; return undefined; }
    const all = clauses.length >= 32 ? 0xffffffff : (1 << clauses.length) - 1;
    let nFull = 0, nPartial = 0;
    for (const d of docs) {
      if ((met[d] >>> 0) === (all >>> 0)) {
        if (phrase && phrase[d]) score[d] *= PHRASE_IN_NAME;
        nFull++;
      } else if (met[d] !== 0) nPartial++;
    }
    const fullKeys = new Float64Array(nFull), partialKeys = new Float64Array(nPartial);
    let f = 0, p = 0;
    for (const d of docs) {
      if ((met[d] >>> 0) === (all >>> 0)) fullKeys[f++] = sortKey(0, score[d], d);
      else if (met[d] !== 0) partialKeys[p++] = sortKey(bitCount(met[d]), score[d], d);
    }
    const fullView = rankedView(fullKeys, 0), partialView = rankedView(partialKeys, 0);
    lastKey = key;
    return (last = {
      clauses, fullView, partialView, score,
      get full() { return fullView.all(); },
      get partial() { return partialView.all(); },
      describe: (i) => describe(index, clauses, i, score[i])
    });
  };
}
