// Query parsing: text → clauses. Every clause is required (an entry that meets them all is a full
// match); a clause is met when one of its alternatives is, and an alternative is met when the
// entry holds all of its terms. Alternatives, in the order they are tried:
//   kata     — the word's stem (the index holds stems: "melayani" and "pelayanan" both meet "layan");
//   sinonim  — another member of Balitbang's synonym group (sinonim.yml), a word or a phrase;
//   awalan   — only for the word still being typed in the box: the beginnings of longer words;
//   koreksi  — only for a word that matches nothing as written and is not a known Indonesian word:
//              the stems of spellings one edit away that the index holds ("kendaran" → "kendaraan").
// Pure: needs the analysis (window.GaleriAnalysis), the index (split-index.js: hasTerm, startsAnyTerm,
// termsStartingWith, anyTerm) and the lexicon (synonyms, known words), so node tests run it.

export const MIN_TOKEN = 2;   // a single letter is not a query word
export const MIN_PREFIX = 3;  // "pa*" reaches most of the index: prefix matching starts at three letters
export const MIN_TYPO = 5;    // shorter words have too many neighbours one edit away to correct
export const MAX_PREFIX_TERMS = 40;  // whole terms a beginning of a word stands for, shortest first

// Indonesian prefixes the stemmer removes, so a word still being typed ("pelay", "pendaf")
// can reach the stem of the whole word ("layan", "daftar"); [prefix, replacement].
const PREFIXES = [
  ['meng', ''], ['meny', 's'], ['men', ''], ['mem', ''], ['mem', 'p'], ['me', ''],
  ['peng', ''], ['peny', 's'], ['pen', ''], ['pem', ''], ['pem', 'p'], ['pe', ''],
  ['di', ''], ['ter', ''], ['ke', ''], ['ber', ''], ['be', ''], ['per', '']
];
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ENDS_IN_WORD = /[0-9A-Za-z\u00C0-\u024F]$/;

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

// The store's synonyms and the known words (kata.js: one string, words separated by spaces) in the
// shape parsing needs: each group member by its terms joined ("bantu sosial"), the longest member in
// words, and the known words. `knownWords` is the string, or a function that returns it (null while
// it has not loaded: the caller loads it when a query needs it, and parses again).
export function createLexicon(store, knownWords) {
  const byKey = {}, groups = store && store.synonyms ? store.synonyms : [];
  let longest = 1;
  groups.forEach((group, g) => {
    group.forEach((member) => {
      if (!member.s.length) return;
      byKey[member.s.join(' ')] = g;
      if (member.s.length > longest) longest = member.s.length;
    });
  });
  // The known words stay one string, searched as " word ": building a set of 30,000 words would
  // cost more (on a slow phone) than the few look-ups a page ever makes.
  let spaced = typeof knownWords === 'function' ? null : ' ' + (knownWords || '') + ' ';
  const known = () => {
    if (spaced === null) {
      const words = knownWords();
      if (words === null || words === undefined) return null;
      spaced = ' ' + words + ' ';
    }
    return spaced;
  };
  return { groups, byKey, longest, known };
}

// Whether a word is Indonesian; while the word list has not loaded, taken as known (no correction
// is offered from a guess: the caller loads the list and parses again).
export function isKnownWord(lexicon, raw, stem) {
  const words = lexicon.known();
  if (words === null) return true;
  return words.indexOf(' ' + raw + ' ') >= 0 || words.indexOf(' ' + stem + ' ') >= 0;
}

// The query's words: stop words, single letters and repeats out, each with its stem.
export function queryWords(text, analysis) {
  const raw = analysis.tokenize(text || ''), words = [], seen = {};
  for (const t of raw) {
    if (t.length < MIN_TOKEN || analysis.isStopWord(t) || hasOwn(seen, t)) continue;
    seen[t] = true;
    words.push({ raw: t, stem: analysis.stem(t) || t });
  }
  return words;
}

// `typing`: the text is in the box being typed (the last word may be unfinished); false for a
// submitted search or an address (?q=), where every word is whole.
export function parseQuery(text, analysis, index, lexicon, typing) {
  const words = queryWords(text, analysis), clauses = [];
  const lex = lexicon || createLexicon(null);
  for (let i = 0; i < words.length;) {
    let taken = 1, group = -1;
    for (let n = Math.min(lex.longest, words.length - i); n >= 1 && group < 0; n--) {
      const key = words.slice(i, i + n).map((w) => w.stem).join(' ');
      if (hasOwn(lex.byKey, key)) { group = lex.byKey[key]; taken = n; }
    }
    const own = words.slice(i, i + taken), key = own.map((w) => w.stem).join(' ');
    // The words as the reader knows them: a synonym member's own spelling ("e-KTP", not "ektp ktp").
    const written = group >= 0 ? lex.groups[group].find((m) => m.s.join(' ') === key) : null;
    const clause = { words: own, raw: written ? written.t : own.map((w) => w.raw).join(' '), alts: [] };
    clause.alts.push({ how: 'kata', terms: own.map((w) => w.stem), label: clause.raw });
    if (group >= 0) {
      for (const member of lex.groups[group]) {
        if (member !== written && member.s.length) clause.alts.push({ how: 'sinonim', terms: member.s, label: member.t, from: clause.raw });
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
    last.alts.push({ how: 'awalan', prefixes, expanded, terms: [], label: w.raw });
  }
  for (const clause of clauses) clause.matchable = clause.alts.some((a) => altCanMatch(a, index));
  // While the shards of the query's words are loading, no word is known to match nothing: the
  // caller loads them and parses again. Only then is a word worth correcting, and the known words
  // and the term list (large, and needed by few queries) worth loading.
  if (index.missingParts && index.missingParts().length) return clauses;
  for (const clause of clauses) {
    if (clause.matchable || clause.words.length !== 1) continue;
    const w = clause.words[0];
    if (w.raw.length < MIN_TYPO || isKnownWord(lex, w.raw, w.stem)) continue;
    for (const v of typoStems(w.raw, w.stem, analysis, index)) clause.alts.push({ how: 'koreksi', terms: [v.stem], label: v.word, from: w.raw });
    clause.matchable = clause.alts.length > 1;
  }
  return clauses;
}

function altCanMatch(alt, index) {
  if (alt.how === 'awalan') return alt.prefixes.some((p) => index.startsAnyTerm(p));
  return alt.terms.length > 0 && alt.terms.every((t) => index.hasTerm(t));
}

// What makes two parses search the same: a keystroke that changes no clause is not a new query.
export function queryKey(clauses) {
  return clauses.map((c) => c.alts.map((a) => a.how + ':' + (a.expanded || a.terms).join('+')).join('|')).join(' ');
}

// Prefixes for the word being typed: its stem and itself, and only when no index term starts
// with either ("pelay", "keseh"), the forms without an Indonesian prefix ("lay", "seh"), so that
// a whole word such as "peta" does not also find every term starting with "ta". A form without
// its prefix needs three letters too: "pela" → "la*" would reach a large part of the index (and,
// split by first letters, load it) for a word not yet recognisable.
export function prefixesOf(t, stem, index) {
  const list = [stem];
  const strip = !index.startsAnyTerm(stem) && !index.startsAnyTerm(t);
  if (t !== stem) list.push(t);
  for (let i = 0; strip && i < PREFIXES.length; i++) {
    const [prefix, replacement] = PREFIXES[i];
    const rest = replacement + t.slice(prefix.length);
    if (t.startsWith(prefix) && rest.length >= MIN_PREFIX) list.push(rest);
  }
  // At least two letters each; keep the shortest ("lay*" already covers "laya*").
  return list.filter((c, j) => {
    if (c.length < MIN_TOKEN) return false;
    for (let k = 0; k < list.length; k++) {
      if (k !== j && list[k].length >= MIN_TOKEN && list[k].length < c.length && c.startsWith(list[k])) return false;
      if (k < j && list[k] === c) return false;
    }
    return true;
  });
}

// A misspelled word ("pendaftran") may stem to nothing in the index ("daftran"), too far from
// the right stem ("daftar") for a fuzzy match on stems. So every spelling one edit away from the
// word itself is stemmed, and those whose stems the index knows are kept: [{ word, stem }], the
// word being the corrected spelling shown to the reader.
export function typoStems(t, stem, analysis, index, minLength) {
  if (t.length < (minLength || MIN_TYPO) || t.length > 24 || index.hasTerm(stem)) return [];
  const found = {}, out = [];
  const tryWord = (w) => {
    const s = analysis.stem(w);
    if (s && s !== stem && !hasOwn(found, s) && index.anyTerm(s)) { found[s] = true; out.push({ word: w, stem: s }); }
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

// "Maksud Anda …?": for a query that finds nothing, the same query with each word that matches
// nothing (and is not a known word) replaced by a spelling one edit away whose stem the index
// holds; words of four letters are respelt too here. At most `limit` suggestions.
export function suggestions(text, analysis, index, lexicon, limit) {
  const words = queryWords(text, analysis), out = [];
  for (const w of words) {
    // A known word the catalog lacks ("pajak") is not misspelt: offering "ajak" would mislead.
    if (index.hasTerm(w.stem) || (lexicon && (hasOwn(lexicon.byKey, w.stem) || isKnownWord(lexicon, w.raw, w.stem)))) continue;
    const probe = typoStems(w.raw, w.stem, analysis, index, 4);
    for (const v of probe) {
      if (out.length >= (limit || 3)) return out;
      out.push(words.map((o) => (o === w ? v.word : o.raw)).join(' '));
    }
  }
  return out;
}
