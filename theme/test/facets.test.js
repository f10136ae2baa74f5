import { test } from 'node:test';
import assert from 'node:assert/strict';
import { facetsOf, facetByKey as byKey, facetLabel, facetOptions, facetValue, columnsOf, filterAndCount } from '../src/search/facets.js';
import { emptySelection } from '../src/search/url-state.js';
import { BY_NAME as DOCS, DOCS as WRITTEN, LABELS, splitParts } from './support/search-fixture.js';

// The facets as the search data declares them, each with its column of every entry's option.
const { meta } = splitParts();
const FACETS = facetsOf(meta);
const facetByKey = (key) => byKey(FACETS, key);

const every = DOCS.map((doc, i) => i);
const values = columnsOf(meta, meta.n);
const select = (pairs) => {
  const sel = emptySelection(FACETS);
  for (const [key, value] of pairs) sel[key][value] = true;
  return sel;
};

test('the facets are the search data\'s, in its order, each with its label group when it has labels', () => {
  assert.deepEqual(FACETS.map((f) => f.key), ['opd', 'urusan', 'jenis', 'tahapan', 'status', 'penghargaan', 'tahun']);
  assert.equal(facetByKey('urusan').labels, null);
  assert.equal(facetByKey('penghargaan').labels, 'penghargaan');
});

test('a yes/no facet offers its one option, labelled', () => {
  assert.deepEqual(facetOptions(LABELS, facetByKey('penghargaan')), ['ya']);
  assert.equal(facetLabel(LABELS, facetByKey('penghargaan'), 'ya'), 'Pernah mendapat penghargaan');
});

test('a missing or empty value is no value; numbers become text', () => {
  assert.equal(facetValue(WRITTEN[4], facetByKey('tahun')), null);
  assert.equal(facetValue(WRITTEN[4], facetByKey('status')), null);
  assert.equal(facetValue(WRITTEN[0], facetByKey('tahun')), '2018');
});

test('labels come from the store, the code stands in when it has none', () => {
  assert.equal(facetLabel(LABELS, facetByKey('status'), 'aktif'), 'Aktif');
  assert.equal(facetLabel(LABELS, facetByKey('urusan'), 'adminduk'), 'adminduk');
  assert.equal(facetLabel(LABELS, facetByKey('tahun'), '2019'), '2019');
});

test('options: years newest first, codes in vocabulary order, OPDs by label', () => {
  assert.deepEqual(facetOptions(LABELS, facetByKey('tahun')), ['2019', '2018', '2017']);
  assert.deepEqual(facetOptions(LABELS, facetByKey('status')), ['aktif', 'berkembang', 'dihentikan']);
  assert.deepEqual(facetOptions(LABELS, facetByKey('tahapan')), ['uji-coba', 'penerapan']);
  assert.deepEqual(facetOptions(LABELS, facetByKey('opd')), ['disdukcapil', 'dishub', 'diskominsta', 'dpmptsp', 'dpupr']);
});

test('no filter keeps every hit and counts every value', () => {
  const { results, counts } = filterAndCount(every, values, emptySelection(FACETS), FACETS);
  assert.equal(results.length, DOCS.length);
  assert.deepEqual(counts.jenis, { digital: 4, nondigital: 1 });
  assert.deepEqual(counts.tahun, { 2018: 1, 2019: 2, 2017: 1 });
});

test('OR within a facet, and that facet still counts without its own filter', () => {
  const { results, counts } = filterAndCount(every, values, select([['opd', 'dishub'], ['opd', 'diskominsta']]), FACETS);
  assert.deepEqual(results.map((i) => DOCS[i].id), ['siap-uji-kir', 'data-go']);
  assert.equal(counts.opd.dpmptsp, 1);
  assert.deepEqual(counts.status, { aktif: 1, berkembang: 1 });
});

test('AND across facets; an entry failing one facet counts only in that facet', () => {
  const { results, counts } = filterAndCount(every, values, select([['jenis', 'digital'], ['tahun', '2019']]), FACETS);
  assert.deepEqual(results.map((i) => DOCS[i].id), ['si-lacak', 'data-go']);  // in entry (name) order
  assert.deepEqual(counts.tahun, { 2019: 2, 2018: 1 });          // digital entries by year
  assert.deepEqual(counts.jenis, { digital: 2 });                // 2019 entries by jenis
  assert.deepEqual(counts.opd, { diskominsta: 1, dpmptsp: 1 });
});

test('results keep the order of the hits', () => {
  const reversed = [...every].reverse();
  assert.deepEqual(filterAndCount(reversed, values, emptySelection(FACETS), FACETS).results, reversed);
});
