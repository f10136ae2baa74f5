import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oneEdit, tokenHasTerm, runQuery, createSearch, byName } from '../src/search/rank.js';
import { parseQuery } from '../src/search/query.js';
import { analysis, index, DOCS, TRAILING } from './support/search-fixture.js';

const search = () => createSearch({ analysis, index, trailingWildcard: TRAILING, docs: DOCS });
const ids = (hits) => hits.map((h) => DOCS[h.i].id);

test('one edit: insert, delete, substitute or swap two neighbours', () => {
  for (const [a, b] of [['daftar', 'daftar'], ['daftar', 'dafar'], ['daftar', 'daftars'], ['daftar', 'duftar'], ['daftar', 'dafatr']]) {
    assert.equal(oneEdit(a, b), true, `${a} ~ ${b}`);
  }
  for (const [a, b] of [['daftar', 'dftr'], ['daftar', 'datfra'], ['abc', 'xyz']]) assert.equal(oneEdit(a, b), false, `${a} !~ ${b}`);
});

test('a term belongs to the query word whose stem, prefix, variant or fuzzy stem reaches it', () => {
  const [token] = parseQuery('pelay', analysis, index);
  assert.equal(tokenHasTerm(token, 'layan'), true);
  assert.equal(tokenHasTerm(token, 'kir'), false);
  assert.equal(token.cache.layan, true);
});

test('"kir" puts the KIR entry first', () => {
  const hits = search()('kir');
  assert.equal(ids(hits)[0], 'siap-uji-kir');
  assert.ok(hits[0].terms.kir);
});

test('"melayani" finds the entry about pelayanan', () => {
  assert.ok(ids(search()('melayani')).includes('si-lacak'));
});

test('a typo still finds the word', () => {
  assert.ok(ids(search()('pendaftran')).includes('siap-uji-kir'));
});

test('entries with every query word come first, and a finished word is not a prefix', () => {
  const hits = search()('data terbuka');
  assert.equal(ids(hits)[0], 'data-go');
  assert.equal(hits[0].words, 2);
  // "data" is finished, so "kedatangan" (stem "datang") in Jemput Bola's body does not match it.
  const jemput = hits.find((h) => DOCS[h.i].id === 'jemput-bola');
  assert.ok(!jemput || !jemput.terms.datang);
});

test('hits are ordered by words matched, then score, then store order', () => {
  const tokens = parseQuery('data warga', analysis, index);
  const refs = Object.fromEntries(DOCS.map((d, i) => [d.id, i]));
  const hits = runQuery(index, TRAILING, tokens, refs);
  for (let k = 1; k < hits.length; k++) {
    const a = hits[k - 1], b = hits[k];
    assert.ok(a.words > b.words || (a.words === b.words && (a.score > b.score || (a.score === b.score && a.i < b.i))));
  }
});

test('no words gives null (every entry), and the same words reuse the last hits', () => {
  const s = search();
  assert.equal(s(''), null);
  assert.equal(s('dan yang'), null);
  const first = s('uji kir');
  assert.equal(s('Uji dan KIR'), first);
  assert.notEqual(s('uji kir '), first);
});

test('every entry by name, as Indonesian readers sort', () => {
  assert.deepEqual(byName(DOCS).map((i) => DOCS[i].n), ['Aplikasi Siap Uji KIR Online', 'Data Go', 'Jemput Bola Adminduk', 'Layanan Pelacakan Berkas Perizinan', 'Peta Rawan Banjir']);
});
