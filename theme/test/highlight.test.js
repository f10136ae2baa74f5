import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMatcher, markedPieces } from '../src/search/highlight.js';
import { analysis } from './support/search-fixture.js';

const marked = (pieces) => pieces.filter((p) => p.mark).map((p) => p.text);
const joined = (pieces) => pieces.map((p) => p.text).join('');

test('matched words are marked and the text is kept whole', () => {
  const text = 'Uji KIR kendaraan, e-KTP dan Jum\u2019at.';
  const pieces = markedPieces(text, (w) => w === 'KIR' || w === 'e-KTP' || w === 'Jum\u2019at');
  assert.deepEqual(marked(pieces), ['KIR', 'e-KTP', 'Jum\u2019at']);
  assert.equal(joined(pieces), text);
});

test('nothing matched is one plain piece', () => {
  assert.deepEqual(markedPieces('Data Go', () => false), [{ text: 'Data Go', mark: false }]);
  assert.deepEqual(markedPieces('', () => true), []);
});

test('long text is cut to a window around the first match, with ellipses', () => {
  const words = Array.from({ length: 80 }, (_, i) => 'kata' + i);
  words[50] = 'pelayanan';
  const pieces = markedPieces(words.join(' '), (w) => w === 'pelayanan', 120);
  const text = joined(pieces);
  assert.ok(text.startsWith('… ') && text.endsWith(' …'), text);
  assert.ok(text.length <= 120 + 4, String(text.length));
  assert.deepEqual(marked(pieces), ['pelayanan']);
  // Some context before the match, not the match at the very start.
  assert.ok(text.indexOf('pelayanan') > 10);
});

test('short text is never cut', () => {
  assert.equal(joined(markedPieces('Layanan izin', () => true, 240)), 'Layanan izin');
});

test('a word matches when one of its stems is a matched term', () => {
  const isMatch = createMatcher(analysis);
  assert.equal(isMatch('pelayanan', { layan: true }), true);
  assert.equal(isMatch('Melayani', { layan: true }), true);
  assert.equal(isMatch('dan', { dan: true }), false);     // a stop word has no stem
  assert.equal(isMatch('data', { layan: true }), false);
});
