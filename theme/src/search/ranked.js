// Results in order, ordered only as far as they are drawn: a keystroke draws the first screen of
// maybe 50,000 hits, and sorting them all (then turning every sort key back into an entry number)
// was the largest part of a keystroke at that size. Each hit has a distinct sort key (rank.js:
// clauses met, score, then entry number, smaller first); the first k are picked with a heap of k.

// Sort keys (rank.js) hold the entry number in their low 20 bits.
export const DOC_BITS = 1048576;
export const entryOfKey = (key) => key - Math.floor(key / DOC_BITS) * DOC_BITS;

// The k smallest keys, in ascending order (keys are distinct).
export function smallest(keys, k) {
  const n = keys.length;
  if (k >= n / 4) return Float64Array.from(keys).sort().subarray(0, Math.min(k, n));
  const heap = new Float64Array(k);  // a max-heap of the k smallest so far
  let size = 0;
  for (let i = 0; i < n; i++) {
    const v = keys[i];
    if (size < k) {
      let j = size++;
      while (j > 0) {
        const p = (j - 1) >> 1;
        if (heap[p] >= v) break;
        heap[j] = heap[p];
        j = p;
      }
      heap[j] = v;
    } else if (v < heap[0]) {
      let j = 0;
      for (;;) {
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

// The entries of `keys` in key order, as { length, at(k) }: the first `ahead` are ordered at
// once, more when asked (each time at least twice as many, and at least a page's worth).
const AT_LEAST = 32;

export function rankedView(keys, ahead) {
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

// Entries already in order (the catalog by name) in the same shape.
export function plainView(entries) {
  return { length: entries.length, keys: null, entries: () => entries, at: (k) => entries[k], all: () => Array.from(entries) };
}

// The results a filter lets through (`positions` in `view.entries()`), in the view's order.
export function filteredView(view, positions, ahead) {
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
