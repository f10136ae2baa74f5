// Query parsing and expansion: the words of what the visitor typed, each with the index terms it
// may reach (its stem, prefixes while it is being typed, stems of one-edit spellings). Pure: it
// needs only the analysis (window.GaleriAnalysis) and the loaded lunr index, so node tests run it.

export const MIN_TOKEN = 2;   // a single letter is not a query yet
export const MIN_PREFIX = 3;  // "pa*" reaches most of the index: prefix matching starts at three letters

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

// The words of a query: drop stop words and repeats, keep the stem plus what typos may reach.
// Only the word still being typed (the last, with no space after it) is also a prefix, so
// "data terbuka" does not find "kedatangan" (stem "datang") while "pelay" finds "pelayanan".
export function parseQuery(text, analysis, index) {
  const q = text || '';
  const raw = analysis.tokenize(q), tokens = [], seen = {};
  const typing = ENDS_IN_WORD.test(q);
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    if (t.length < MIN_TOKEN || analysis.isStopWord(t) || hasOwn(seen, t)) continue;
    seen[t] = true;
    const stem = analysis.stem(t) || t;
    const prefixes = typing && i === raw.length - 1 && t.length >= MIN_PREFIX ? prefixesOf(t, stem, index) : [];
    tokens.push({
      raw: t, stem, cache: {}, prefixes,
      fuzzy: t.length >= 5 && stem.length >= 4,
      // A word being typed that already begins some term is unfinished, not misspelled.
      variants: prefixes.some((p) => startsAnyTerm(p, index)) ? [] : typoStems(t, stem, analysis, index)
    });
  }
  return tokens;
}

// What makes two parses search the same: a keystroke that changes no word ("data" → "data ") is not a new query.
export function queryKey(tokens) {
  return tokens.map((t) => t.raw + (t.prefixes.length ? '*' : '')).join(' ');
}

// Prefixes for the word being typed: its stem and itself, and only when no index term starts
// with either ("pelay", "kese"), the forms without an Indonesian prefix ("lay", "se"), so that
// a whole word such as "peta" does not also find every term starting with "ta".
export function prefixesOf(t, stem, index) {
  const list = [stem];
  const strip = !startsAnyTerm(stem, index) && !startsAnyTerm(t, index);
  if (t !== stem) list.push(t);
  for (let i = 0; strip && i < PREFIXES.length; i++) {
    const [prefix, replacement] = PREFIXES[i];
    if (t.length > prefix.length && t.startsWith(prefix)) list.push(replacement + t.slice(prefix.length));
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

// Whether some index term starts with p: a walk down lunr's trie of terms.
export function startsAnyTerm(p, index) {
  let node = index.tokenSet;
  for (let i = 0; node && i < p.length; i++) node = node.edges[p.charAt(i)];
  return !!node;
}

// A misspelled word ("pendaftran") may stem to nothing in the index ("daftran"), too far from
// the right stem ("daftar") for a fuzzy match on stems. So every spelling one edit away from the
// word itself is stemmed, and the stems the index knows are searched too.
export function typoStems(t, stem, analysis, index) {
  const terms = index.invertedIndex;
  if (t.length < 5 || t.length > 24 || hasOwn(terms, stem)) return [];
  const found = {}, out = [];
  const tryWord = (w) => {
    const s = analysis.stem(w);
    if (s && s !== stem && !hasOwn(found, s) && hasOwn(terms, s)) { found[s] = true; out.push(s); }
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
