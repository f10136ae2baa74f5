// Which stretches of a text to mark: the words whose stems the query matched, and for long text
// a window around the first match. Pure: returns pieces; draw.js turns them into nodes.

const WORD_RE = /[0-9A-Za-z\u00C0-\u024F]+(?:['\u2019-][0-9A-Za-z\u00C0-\u024F]+)*/g;

// `isHit(word)` says whether a word is matched. Returns [{ text, mark }] to put in order,
// with "… " before and " …" after when the window cuts the text.
export function markedPieces(value, isHit, limit) {
  const words = [];
  let m;
  WORD_RE.lastIndex = 0;
  while ((m = WORD_RE.exec(value)) !== null) words.push({ s: m.index, e: m.index + m[0].length, hit: isHit(m[0]) });
  let start = 0, end = value.length;
  if (limit && value.length > limit) {
    let first = 0;
    for (let f = 0; f < words.length; f++) if (words[f].hit) { first = f; break; }
    let w = first;
    while (w > 0 && words[first].s - words[w - 1].s < limit / 4) w--;
    start = w > 0 ? words[w].s : 0;
    let z = w;
    while (z + 1 < words.length && words[z + 1].e - start <= limit) z++;
    end = z + 1 < words.length ? words[z].e : value.length;
  }
  const pieces = [];
  let pos = start;
  if (start > 0) pieces.push({ text: '… ', mark: false });
  for (const word of words) {
    if (!word.hit || word.s < start || word.e > end) continue;
    if (word.s > pos) pieces.push({ text: value.slice(pos, word.s), mark: false });
    pieces.push({ text: value.slice(word.s, word.e), mark: true });
    pos = word.e;
  }
  if (end > pos) pieces.push({ text: value.slice(pos, end), mark: false });
  if (end < value.length) pieces.push({ text: ' …', mark: false });
  return pieces;
}

// A word matches when one of its stems is among the index terms a hit matched. Stems are
// remembered per word across hits: analysis is the costly part of drawing.
export function createMatcher(analysis) {
  const analyzed = {};
  return function isMatch(word, terms) {
    if (!Object.prototype.hasOwnProperty.call(analyzed, word)) analyzed[word] = analysis.analyze(word);
    return analyzed[word].some((s) => Object.prototype.hasOwnProperty.call(terms, s));
  };
}
