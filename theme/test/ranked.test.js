import { test } from 'node:test';
import assert from 'node:assert/strict';
import { smallest, rankedView, filteredView, plainView, DOC_BITS, entryOfKey } from '../src/search/ranked.js';

// Keys as rank.js makes them: minus (clauses met, score) times DOC_BITS, plus the entry number.
function keysOf(n, seed) {
  let x = seed;
  const keys = new Float64Array(n);
  for (let d = 0; d < n; d++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    keys[d] = -(x % 50) * DOC_BITS + d;  // many equal scores: the entry number decides
  }
  return keys;
}

test('the first k keys picked with a heap are those of a full sort, in order', () => {
  const keys = keysOf(5000, 7), sorted = Float64Array.from(keys).sort();
  for (const k of [1, 6, 24, 100, 1300, 5000]) assert.deepEqual(Array.from(smallest(keys, k)), Array.from(sorted.subarray(0, k)));
});

test('a ranked view reads as the fully sorted entries, however far it is read', () => {
  const keys = keysOf(3000, 11), expected = Array.from(Float64Array.from(keys).sort(), entryOfKey);
  const view = rankedView(keys, 0);
  assert.equal(view.length, 3000);
  assert.deepEqual([0, 1, 2, 23].map((k) => view.at(k)), [0, 1, 2, 23].map((k) => expected[k]));
  assert.equal(view.at(24), expected[24]);
  assert.equal(view.at(700), expected[700]);
  assert.deepEqual(view.all(), expected);
  assert.deepEqual(Array.from(view.entries()).sort((a, b) => a - b), Array.from({ length: 3000 }, (_, i) => i));
});

test('a filtered view keeps the order of what passes', () => {
  const keys = keysOf(1000, 3), view = rankedView(keys, 0), entries = view.entries();
  const positions = [];
  for (let h = 0; h < entries.length; h++) if (entries[h] % 3 === 0) positions.push(h);
  const kept = filteredView(view, positions, 24);
  assert.deepEqual(kept.all(), view.all().filter((d) => d % 3 === 0));
  assert.equal(filteredView(view, Array.from({ length: 1000 }, (_, i) => i), 24), view);
  assert.deepEqual(filteredView(plainView([5, 6, 7, 8]), [1, 3], 24).all(), [6, 8]);
});
