// Ranking: runs the parsed words as lunr clauses and orders the hits, entries that match every
// word first. Also remembers the last query, so a filter change or a keystroke that changes no
// word costs nothing.
import { parseQuery, queryKey } from './query.js';

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

// One edit apart (insert, delete, substitute, swap two neighbours), as lunr's editDistance: 1.
export function oneEdit(a, b) {
  if (a === b) return true;
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charAt(i) === b.charAt(i)) i++;
  if (la === lb) {
    return a.slice(i + 1) === b.slice(i + 1) ||
      (a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2));
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

// Whether an index term matched by the query came from this query word (cached on the word).
export function tokenHasTerm(token, term) {
  if (hasOwn(token.cache, term)) return token.cache[term];
  let yes = term === token.stem || token.variants.indexOf(term) >= 0 || (token.fuzzy && oneEdit(term, token.stem));
  for (let i = 0; !yes && i < token.prefixes.length; i++) yes = term.startsWith(token.prefixes[i]);
  token.cache[term] = yes;
  return yes;
}

// Clauses per word: the exact stem (boost 10) and the stems of one-edit spellings (boost 1:
// typos) in every field; for the word being typed, the stem, the word and its prefix-stripped
// forms as prefixes (3, then 2), and for words of five letters or more a fuzzy stem
// (editDistance 1, boost 1), both in every field but the body: guesses about half a word or a
// typo match the name, acronym, tags, summary, OPD and urusan, not every passing word in the body.
export function runQuery(index, trailingWildcard, tokens, refIndex) {
  const guessFields = index.fields.filter((f) => f !== 'isi');
  const results = index.query((q) => {
    tokens.forEach((t) => {
      q.term(t.stem, { usePipeline: false, boost: 10 });
      t.prefixes.forEach((p, i) => {
        q.term(p, { usePipeline: false, wildcard: trailingWildcard, boost: i === 0 ? 3 : 2, fields: guessFields });
      });
      if (t.fuzzy) q.term(t.stem, { usePipeline: false, editDistance: 1, boost: 1, fields: guessFields });
      t.variants.forEach((v) => { q.term(v, { usePipeline: false, boost: 1 }); });
    });
  });
  const hits = [];
  for (const res of results) {
    const i = refIndex[res.ref];
    if (i === undefined) continue;
    const terms = {};
    for (const term in res.matchData.metadata) if (hasOwn(res.matchData.metadata, term)) terms[term] = true;
    let matched = 0;
    for (const token of tokens) {
      for (const term in terms) if (tokenHasTerm(token, term)) { matched++; break; }
    }
    hits.push({ i, score: res.score, words: matched, terms });
  }
  // Entries with every query word first, then by score.
  hits.sort((a, b) => b.words - a.words || b.score - a.score || a.i - b.i);
  return hits;
}

// The search of one page: text → hits (null for no words: the caller shows every entry by name).
export function createSearch({ analysis, index, trailingWildcard, docs }) {
  const refIndex = {};
  docs.forEach((doc, i) => { refIndex[doc.id] = i; });
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

// Entry positions ordered by name as Indonesian readers sort (case and accents aside), then by id.
export function byName(docs) {
  const order = docs.map((doc, i) => i);
  order.sort((a, b) => docs[a].n.localeCompare(docs[b].n, 'id', { sensitivity: 'base' }) || (docs[a].id < docs[b].id ? -1 : 1));
  return order;
}
