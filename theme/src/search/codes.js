// The split index's numbers as the build writes them (PostingCode.cs): base 32, the leading digits
// from the first half of a 64-letter alphabet and the last digit from the second half, so numbers
// follow each other without separators. Weights are codes of log(1 + weight) in steps of 1/150.

export const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
export const WEIGHT_STEPS = 150;

const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

let weights = null;
// The weight a code stands for (a table: codes are at most 1023).
export function weightOf(code) {
  if (!weights) {
    weights = new Float64Array(1024);
    for (let c = 0; c < 1024; c++) weights[c] = Math.exp(c / WEIGHT_STEPS) - 1;
  }
  return weights[code];
}

// The numbers in s[from, to), in order.
export function readNumbers(s, from, to) {
  const out = [];
  let v = 0;
  for (let i = from; i < to; i++) {
    const d = DIGIT[s.charCodeAt(i)];
    if (d < 32) v = v * 32 + d;
    else { out.push(v * 32 + d - 32); v = 0; }
  }
  return out;
}

// How many numbers s[from, to) holds (one terminal digit each).
function countNumbers(s, from, to) {
  let n = 0;
  for (let i = from; i < to; i++) if (DIGIT[s.charCodeAt(i)] >= 32) n++;
  return n;
}

// A posting "head~body" as typed arrays: head entries (ascending), their field bits and weights;
// body entries and weights. Entries are stored as gaps from the previous one (the first from -1).
// Decoded straight into the arrays (a common word's lists hold every entry of the catalog), and the
// body only when asked for: the beginning of a word being typed searches outside the body only.
export function decodePosting(s) {
  const cut = s.indexOf('~');
  let body = null;
  return {
    head: decodeHead(s, cut),
    get body() { return body || (body = decodeBody(s, cut)); }
  };
}

function decodeHead(s, cut) {
  const n = countNumbers(s, 0, cut) / 3;
  const head = { docs: new Int32Array(n), masks: new Int32Array(n), weights: new Float64Array(n) };
  weightOf(0);
  let v = 0, slot = 0, k = 0, d = -1;
  for (let i = 0; i < cut; i++) {
    const c = DIGIT[s.charCodeAt(i)];
    if (c < 32) { v = v * 32 + c; continue; }
    v = v * 32 + c - 32;
    if (slot === 0) { d += v; head.docs[k] = d; slot = 1; } else if (slot === 1) { head.masks[k] = v; slot = 2; } else { head.weights[k++] = weights[v]; slot = 0; }
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
    if (c < 32) { v = v * 32 + c; continue; }
    v = v * 32 + c - 32;
    if (slot === 0) { d += v; body.docs[k] = d; slot = 1; } else { body.weights[k++] = weights[v]; slot = 0; }
    v = 0;
  }
  return body;
}

// An entry list written as gaps (a name pair's entries).
export function decodeDocs(s) {
  const gaps = readNumbers(s, 0, s.length), docs = new Int32Array(gaps.length);
  for (let k = 0, d = -1; k < gaps.length; k++) { d += gaps[k]; docs[k] = d; }
  return docs;
}

// A facet column (FacetColumns.cs): per entry, its option number (0 for none) in `width` digits.
export function decodeColumn(s, width, count) {
  const col = new Uint16Array(count);
  for (let d = 0; d < count; d++) {
    let v = 0;
    for (let k = 0; k < width; k++) v = v * 64 + DIGIT[s.charCodeAt(d * width + k)];
    col[d] = v;
  }
  return col;
}

// Whether a sorted entry list holds d (binary search).
export function holds(docs, d) {
  let lo = 0, hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, v = docs[mid];
    if (v === d) return mid;
    if (v < d) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}
