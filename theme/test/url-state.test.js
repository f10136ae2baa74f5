import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activeFilterCount, emptySelection as empty, readState as read, saveUrl as save, stateUrl as url } from '../src/search/url-state.js';
import { facetsOf } from '../src/search/facets.js';
import { STORE } from './support/search-fixture.js';

const FACETS = facetsOf(STORE);
const emptySelection = () => empty(FACETS);
const readState = (search, known) => read(search, known, FACETS);
const stateUrl = (path, state) => url(path, state, FACETS);
const saveUrl = (w, state, push) => save(w, state, push, FACETS);

const known = { opd: { dishub: 1, diskominsta: 1 }, urusan: {}, jenis: { digital: 1 }, tahapan: {}, status: { aktif: 1 }, penghargaan: { ya: 1 }, tahun: { 2019: 1 } };

test('an address gives the query and the known filter values', () => {
  const state = readState('?q=uji+kir&opd=dishub&opd=diskominsta&tahun=2019&tahun=1900&warna=merah', known);
  assert.equal(state.q, 'uji kir');
  assert.deepEqual(state.sel.opd, { dishub: true, diskominsta: true });
  assert.deepEqual(state.sel.tahun, { 2019: true });
  assert.equal(activeFilterCount(state, FACETS), 3);
  assert.deepEqual(readState('', known), { q: '', sel: emptySelection() });
});

test('one view, one address: trimmed query with "+", facets in panel order, values sorted', () => {
  const state = { q: '  uji kir & co ', sel: { ...emptySelection(), tahun: { 2019: true }, opd: { diskominsta: true, dishub: true } } };
  assert.equal(stateUrl('/galeri/cari/', state), '/galeri/cari/?q=uji+kir+%26+co&opd=dishub&opd=diskominsta&tahun=2019');
  assert.equal(stateUrl('/cari/index.html', { q: ' ', sel: emptySelection() }), '/cari/index.html');
});

test('reading the address of a state gives the state back', () => {
  const state = { q: 'data terbuka', sel: { ...emptySelection(), status: { aktif: true }, jenis: { digital: true } } };
  assert.deepEqual(readState(stateUrl('/cari/', state).split('?')[1], known), state);
});

function fakeWindow(pathname, search, refuse) {
  const calls = [];
  const push = (kind) => (data, title, url) => {
    if (refuse) throw new Error('SecurityError');
    calls.push([kind, url]);
  };
  return { calls, location: { pathname, search }, history: { pushState: push('push'), replaceState: push('replace') } };
}

test('typing replaces the history entry, a filter adds one, an unchanged address adds none', () => {
  const w = fakeWindow('/cari/', '');
  saveUrl(w, { q: 'kir', sel: emptySelection() }, false);
  saveUrl(w, { q: '', sel: { ...emptySelection(), opd: { dishub: true } } }, true);
  saveUrl(w, { q: '', sel: emptySelection() }, true);
  assert.deepEqual(w.calls, [['replace', '/cari/?q=kir'], ['push', '/cari/?opd=dishub']]);
});

test('a browser that refuses history from file:// does not break the page', () => {
  assert.doesNotThrow(() => saveUrl(fakeWindow('/x/cari/index.html', '', true), { q: 'kir', sel: emptySelection() }, true));
});
