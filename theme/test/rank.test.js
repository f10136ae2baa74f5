import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSearch, metAlt } from '../src/search/rank.js';
import { createLexicon } from '../src/search/query.js';
import { analysis, BY_NAME, STORE, KATA, loadedIndex } from './support/search-fixture.js';

const { index } = loadedIndex();
const search = () => createSearch({ analysis, index, lexicon: createLexicon(STORE, KATA) });
const ids = (hits) => hits.map((i) => BY_NAME[i].id);
const sent = (q) => search()(q, false);
const first = (found) => found.describe(found.full[0]);

test('"kir" puts the KIR entry first', () => {
  const found = sent('kir');
  assert.equal(ids(found.full)[0], 'siap-uji-kir');
  assert.equal(first(found).reasons[0].how, 'kata');
});

test('every word is required: entries holding only some words are partial, not full', () => {
  const found = sent('data kendaraan');
  assert.deepEqual(found.full, []);
  assert.ok(ids(found.partial).includes('siap-uji-kir'));
  assert.ok(ids(found.partial).includes('data-go'));
  const both = sent('data terbuka');
  assert.deepEqual(ids(both.full), ['data-go']);
  assert.ok(!ids(both.full).includes('si-lacak'));
});

test('partial matches are ordered by words met, then score', () => {
  const found = sent('data warga kendaraan');
  const met = (i) => found.describe(i).reasons.filter(Boolean).length;
  assert.ok(found.partial.length > 1);
  for (let k = 1; k < found.partial.length; k++) assert.ok(met(found.partial[k - 1]) >= met(found.partial[k]));
});

test('a name holding the words in order comes first ("satu data")', () => {
  assert.equal(ids(sent('satu data').full)[0], 'data-go');
});

test('a submitted word is whole; while typing, it also begins words', () => {
  assert.deepEqual(sent('pet').full, []);
  const typedFound = search()('pet', true);
  assert.ok(ids(typedFound.full).includes('peta-rawan'));
  assert.equal(first(typedFound).reasons[0].how, 'awalan');
});

test('"pajak" finds nothing although "mengajak" is one letter away', () => {
  const found = sent('pajak');
  assert.deepEqual(found.full, []);
  assert.deepEqual(found.partial, []);
});

test('each hit says why it matched: word, synonym or correction, and where', () => {
  const kipp = sent('kipp'), kir = first(kipp);
  assert.equal(BY_NAME[kir.i].id, 'siap-uji-kir');
  assert.deepEqual(kir.reasons[0].fields, ['penghargaan']);
  const found = sent('transportasi'), transport = found.describe(found.full.find((i) => BY_NAME[i].id === 'siap-uji-kir'));
  assert.deepEqual([transport.reasons[0].how, transport.reasons[0].label], ['sinonim', 'perhubungan']);
  const typo = first(sent('kendaran'));
  assert.deepEqual([typo.reasons[0].how, typo.reasons[0].label, typo.reasons[0].from], ['koreksi', 'kendaraan', 'kendaran']);
});

test('an alternative is met only when the entry holds all of its terms', () => {
  const clause = { alts: [{ how: 'kata', terms: ['bansos'] }, { how: 'sinonim', terms: ['bantu', 'sosial'] }] };
  assert.equal(metAlt(clause, { bantu: {}, sosial: {} }).alt.how, 'sinonim');
  assert.equal(metAlt(clause, { bantu: {} }), null);
});

test('no words gives null (every entry), and the same search reuses the last result', () => {
  const s = search();
  assert.equal(s('', false), null);
  assert.equal(s('dan yang', false), null);
  const first = s('uji kir', false);
  assert.equal(s('Uji dan KIR', false), first);
  assert.notEqual(s('uji kir', true), first);
});

test('the reason line names the word, how it matched and where', async () => {
  const { reasonPieces } = await import('../src/search/draw-hits.js');
  const strings = { 'cocok-sinonim': 'sinonim “{kata}”', 'cocok-koreksi': 'koreksi dari “{kata}”', 'cocok-di': 'di {bidang}' };
  const text = (key, n, extra) => strings[key].replace(/\{(\w+)\}/g, (m, k) => extra[k]);
  const pieces = reasonPieces({ how: 'koreksi', label: 'kendaraan', from: 'kendaran', fields: ['tag', 'isi'] }, text, { tag: 'kata kunci' });
  assert.deepEqual(pieces, [
    { text: 'kendaraan', mark: true },
    { text: ' (koreksi dari “kendaran”)', mark: false },
    { text: ' di kata kunci', mark: false }
  ]);
  assert.equal(reasonPieces({ how: 'awalan', label: 'pelay', fields: [] }, text, {})[0].text, 'pelay…');
});
