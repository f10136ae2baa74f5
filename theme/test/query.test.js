import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery, queryKey, prefixesOf, startsAnyTerm, typoStems } from '../src/search/query.js';
import { analysis, index } from './support/search-fixture.js';

const parse = (q) => parseQuery(q, analysis, index);
const raws = (q) => parse(q).map((t) => t.raw);

test('stop words, single letters and repeats are not query words', () => {
  assert.deepEqual(raws('dan yang a kir KIR untuk'), ['kir']);
  assert.deepEqual(raws(''), []);
  assert.deepEqual(raws(undefined), []);
});

test('each word carries its stem, so inflected forms meet', () => {
  assert.equal(parse('melayani')[0].stem, 'layan');
  assert.equal(parse('pelayanan')[0].stem, 'layan');
});

test('only the word still being typed is a prefix', () => {
  const [data, terbuka] = parse('data terbuka');
  assert.deepEqual(data.prefixes, []);
  assert.ok(terbuka.prefixes.length > 0);
  // A space after the last word means it is finished.
  assert.ok(parse('data terbuka ').every((t) => t.prefixes.length === 0));
  // Two letters are too few to be a prefix.
  assert.deepEqual(parse('uj')[0].prefixes, []);
});

test('a half-typed word reaches the stem of the whole word through its Indonesian prefix', () => {
  const [pelay] = parse('pelay');
  assert.ok(pelay.prefixes.some((p) => 'layan'.startsWith(p)), JSON.stringify(pelay.prefixes));
});

test('a whole word that begins index terms keeps its own prefix only', () => {
  // "peta" is in the index, so stripping "pe" (→ "ta*", "tata") is not tried.
  assert.deepEqual(prefixesOf('peta', 'peta', index), ['peta']);
  assert.equal(startsAnyTerm('pet', index), true);
  assert.equal(startsAnyTerm('pelay', index), false);
});

test('prefixes keep the shortest of overlapping forms', () => {
  const list = prefixesOf('pelay', analysis.stem('pelay'), index);
  for (const p of list) assert.ok(!list.some((q) => q !== p && p.startsWith(q)), JSON.stringify(list));
  assert.ok(list.every((p) => p.length >= 2));
});

test('a typo in a long word is searched as the stems one edit away that the index knows', () => {
  const [typo] = parse('pendaftran');
  assert.ok(typo.variants.includes('daftar'), JSON.stringify(typo.variants));
  assert.equal(typo.fuzzy, true);
  assert.deepEqual(typoStems('kir', 'kir', analysis, index), []);          // too short
  assert.deepEqual(typoStems('layanan', 'layan', analysis, index), []);    // its stem is known
});

test('a word being typed that begins a term is unfinished, not misspelled', () => {
  assert.deepEqual(parse('kendar')[0].variants, []);
});

test('the query key changes only when the words do', () => {
  assert.equal(queryKey(parse('uji kir')), queryKey(parse('Uji dan KIR')));
  assert.notEqual(queryKey(parse('uji kir')), queryKey(parse('uji kir ')));
  assert.equal(queryKey(parse('uji kir ')), 'uji kir');
  assert.equal(queryKey(parse('uji kir')), 'uji kir*');
});
