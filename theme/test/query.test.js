import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery, queryKey, prefixesOf, typoStems, queryWords, createLexicon, suggestions, isKnownWord } from '../src/search/query.js';
import { analysis, STORE, KATA, loadedIndex } from './support/search-fixture.js';

const { index } = loadedIndex();

const lexicon = createLexicon(STORE, KATA);
const typed = (q) => parseQuery(q, analysis, index, lexicon, true);
const submitted = (q) => parseQuery(q, analysis, index, lexicon, false);
const hows = (clause) => clause.alts.map((a) => a.how);

test('stop words, single letters and repeats are not query words', () => {
  assert.deepEqual(queryWords('dan yang a kir KIR untuk', analysis).map((w) => w.raw), ['kir']);
  assert.deepEqual(submitted(''), []);
  assert.deepEqual(submitted(undefined), []);
});

test('each word is one required clause, matched by its stem, so inflected forms meet', () => {
  const clauses = submitted('melayani pelayanan data');
  assert.equal(clauses.length, 3);
  assert.deepEqual(clauses[0].alts[0], { how: 'kata', terms: ['layan'], label: 'melayani' });
  assert.deepEqual(clauses[1].alts[0].terms, ['layan']);
});

test('only the word being typed in the box is also a beginning of words; never a submitted query', () => {
  const [data, terbuka] = typed('data terbuka');
  assert.deepEqual(hows(data), ['kata']);
  assert.deepEqual(hows(terbuka), ['kata', 'awalan']);
  // Submitted (Enter, a link, ?q= in the address): whole words only.
  assert.ok(submitted('data terbuka').every((c) => !hows(c).includes('awalan')));
  // A space after the last word means it is finished; two letters are too few to be a beginning.
  assert.ok(typed('data terbuka ').every((c) => !hows(c).includes('awalan')));
  assert.deepEqual(hows(typed('uj')[0]), ['kata']);
});

test('a half-typed word reaches the stem of the whole word through its Indonesian prefix', () => {
  const awalan = typed('pelay')[0].alts.find((a) => a.how === 'awalan');
  assert.ok(awalan.prefixes.some((p) => 'layan'.startsWith(p)), JSON.stringify(awalan.prefixes));
});

test('a whole word that begins index terms keeps its own prefix only', () => {
  // "peta" is in the index, so stripping "pe" (→ "ta*", "tata") is not tried.
  assert.deepEqual(prefixesOf('peta', 'peta', index), ['peta']);
  assert.equal(index.startsAnyTerm('pet'), true);
  assert.equal(index.startsAnyTerm('pelay'), false);
});

test('a word that matches nothing and is no known word is corrected to stems one edit away', () => {
  const [typo] = submitted('kendaran');
  const koreksi = typo.alts.filter((a) => a.how === 'koreksi');
  assert.deepEqual(koreksi.map((a) => a.terms[0]), [analysis.stem('kendaraan')]);
  assert.equal(koreksi[0].label, 'kendaraan');
  assert.equal(koreksi[0].from, 'kendaran');
  assert.ok(hows(submitted('pendaftran')[0]).includes('koreksi'));
});

test('a known Indonesian word is never taken for a typo ("pajak" is not "ajak")', () => {
  assert.ok(typoStems('pajak', 'pajak', analysis, index).some((v) => v.stem === 'ajak'), 'the index holds "ajak" (mengajak)');
  assert.equal(isKnownWord(lexicon, 'pajak', 'pajak'), true);
  const [pajak] = submitted('pajak');
  assert.deepEqual(hows(pajak), ['kata']);
  assert.equal(pajak.matchable, false);
  // "kelayan" (one letter away) stems to "layan", which the index holds: still not a typo.
  assert.ok(typoStems('nelayan', 'nelayan', analysis, index).some((v) => v.stem === 'layan'));
  assert.deepEqual(hows(submitted('nelayan')[0]), ['kata']);
});

test('no correction for a word found as written, a short word, or a word being typed that begins a term', () => {
  assert.deepEqual(typoStems('layanan', 'layan', analysis, index), []);
  assert.deepEqual(typoStems('kir', 'kir', analysis, index), []);
  assert.deepEqual(hows(typed('kendar')[0]), ['kata', 'awalan']);
});

test('synonyms: a word or phrase of a group is one clause that any member meets', () => {
  const [transport] = submitted('transportasi');
  assert.deepEqual(transport.alts.filter((a) => a.how === 'sinonim').map((a) => a.label), ['perhubungan', 'angkutan']);
  const [bansos] = submitted('bansos');
  assert.deepEqual(JSON.parse(JSON.stringify(bansos.alts[1])), { how: 'sinonim', terms: ['bantu', 'sosial'], label: 'bantuan sosial', from: 'bansos' });
  // The phrase is one clause, so "bantuan sosial" also finds entries that say "bansos".
  const phrase = submitted('bantuan sosial tepat');
  assert.equal(phrase.length, 2);
  assert.deepEqual(phrase[0].alts.map((a) => a.label), ['bantuan sosial', 'bansos']);
});

test('"Maksud Anda": unmatched unknown words respelt to index words; known words get no offer', () => {
  assert.deepEqual(suggestions('izim', analysis, index, lexicon), ['izin']);
  assert.deepEqual(suggestions('pajak', analysis, index, lexicon), []);
  assert.deepEqual(suggestions('izin', analysis, index, lexicon), []);
});

test('the query key changes only when the search does', () => {
  assert.equal(queryKey(submitted('uji kir')), queryKey(submitted('Uji dan KIR')));
  assert.notEqual(queryKey(typed('uji kir')), queryKey(submitted('uji kir')));
  assert.equal(queryKey(typed('uji kir ')), queryKey(submitted('uji kir')));
});

test('a beginning of a word stands for the index terms it begins, shortest first, at most a few dozen', async () => {
  assert.deepEqual(index.termsStartingWith('pet', 10), ['peta']);
  assert.ok(index.termsStartingWith('p', 3).length === 3);
  assert.deepEqual(index.termsStartingWith('xyz', 10), []);
  const awalan = typed('kendar')[0].alts.find((a) => a.how === 'awalan');
  assert.ok(awalan.expanded.includes(analysis.stem('kendaraan')), JSON.stringify(awalan.expanded));
});

test('a form without its Indonesian prefix needs three letters too ("pela" does not stand for "la*")', () => {
  const prefixes = prefixesOf('pela', analysis.stem('pela'), index);
  assert.ok(prefixes.every((p) => p.length >= 3), JSON.stringify(prefixes));
  assert.ok(prefixesOf('pelay', analysis.stem('pelay'), index).includes('lay'));
});
