// Ranking: runs the parsed clauses as one lunr query, then sorts the hits into full matches (every
// clause met) and partial ones, each hit with the reason it matched. Remembers the last query, so
// a filter change or a keystroke that changes no clause costs nothing.
import { parseQuery, queryKey } from './query.js';

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

// How much each kind of alternative weighs: the word as written outweighs a synonym, which
// outweighs the beginning of a word being typed, which outweighs a correction.
const BOOST = { kata: 10, sinonim: 6, awalan: 3, koreksi: 2 };
// A name that holds the query's words in order ("satu data" → "Satu Data Kota Magelang").
const PHRASE_IN_NAME = 3;

// The alternative of a clause an entry meets (the first that it does), given the terms it matched.
export function metAlt(clause, terms) {
  for (const alt of clause.alts) {
    if (alt.how === 'awalan') {
      for (const term in terms) if (alt.expanded.indexOf(term) >= 0) return { alt, hit: [term] };
    } else if (alt.terms.every((t) => hasOwn(terms, t))) return { alt, hit: alt.terms };
  }
  return null;
}

// Clauses: every term of every alternative, in every field; the terms a beginning of a word (being
// typed) stands for not in the body, where half a word would reach too much.
export function runQuery(index, trailingWildcard, clauses, refIndex) {
  const guessFields = index.fields.filter((f) => f !== 'isi');
  const results = index.query((q) => {
    for (const clause of clauses) {
      for (const alt of clause.alts) {
        if (alt.how === 'awalan') {
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
    if (i === undefined) continue;
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

// The fields the matched terms were found in, heaviest first (the index lists fields so).
function fieldsOf(terms, hit, fields) {
  const seen = {};
  for (const t of hit) if (terms[t]) for (const f in terms[t]) seen[f] = true;
  return fields.filter((f) => seen[f]);
}

// The search of one page: (text, typing) → null for no words (the caller lists every entry by
// name), else { clauses, full, partial }: full matches by score, then partial ones by the number
// of clauses met, then score.
export function createSearch({ analysis, index, trailingWildcard, docs, keys, lexicon }) {
  const refIndex = {}, nameKey = (keys && keys.nama) || 'n', names = [];
  docs.forEach((doc, i) => { refIndex[doc[(keys && keys.id) || 'id']] = i; });
  const nameOf = (i) => (names[i] !== undefined ? names[i] : (names[i] = ' ' + analysis.tokenize(docs[i][nameKey] || '').join(' ') + ' '));
  let lastText = null, lastTyping = null, lastKey = null, last = null;
  return function search(text, typing) {
    if (text === lastText && typing === lastTyping) return last;
    lastText = text;
    lastTyping = typing;
    const clauses = parseQuery(text, analysis, index, lexicon, typing), key = queryKey(clauses);
    if (key === lastKey) return last;
    lastKey = key;
    if (clauses.length === 0) return (last = null);
    const hits = runQuery(index, trailingWildcard, clauses, refIndex);
    const phrase = clauses.length > 1 ? ' ' + clauses.map((c) => c.words.map((w) => w.raw).join(' ')).join(' ') + ' ' : null;
    const full = [], partial = [];
    for (const hit of hits) {
      if (hit.met === clauses.length) {
        if (phrase && nameOf(hit.i).indexOf(phrase) >= 0) hit.score *= PHRASE_IN_NAME;
        full.push(hit);
      } else partial.push(hit);
    }
    full.sort((a, b) => b.score - a.score || a.i - b.i);
    partial.sort((a, b) => b.met - a.met || b.score - a.score || a.i - b.i);
    return (last = { clauses, full, partial });
  };
}

// Entry positions ordered by name as Indonesian readers sort (case and accents aside), then by id.
export function byName(docs, keys) {
  const n = (keys && keys.nama) || 'n', id = (keys && keys.id) || 'id';
  const order = docs.map((doc, i) => i);
  order.sort((a, b) => docs[a][n].localeCompare(docs[b][n], 'id', { sensitivity: 'base' }) || (docs[a][id] < docs[b][id] ? -1 : 1));
  return order;
}
