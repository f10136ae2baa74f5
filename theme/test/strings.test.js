import { test } from 'node:test';
import assert from 'node:assert/strict';
import { format, stringsOf } from '../src/search/strings.js';

test('{n} and named placeholders are filled', () => {
  assert.equal(format('{n} inovasi untuk “{q}”', 3, { q: 'kir' }), '3 inovasi untuk “kir”');
  assert.equal(format('Hapus filter {label}', undefined, { label: 'Dishub' }), 'Hapus filter Dishub');
  assert.equal(format(null, 2), '');
});

test('text typed in the box is inserted as it is, "$&" included', () => {
  assert.equal(format('“{q}”', 0, { q: '$& $1 $$' }), '“$& $1 $$”');
});

test('strings come from the data-t-* attributes the theme writes', () => {
  const root = { getAttribute: (name) => ({ 'data-t-lebih': 'Tampilkan {n} inovasi lagi' })[name] ?? null };
  const text = stringsOf(root);
  assert.equal(text('lebih', 24), 'Tampilkan 24 inovasi lagi');
  assert.equal(text('tidak-ada'), '');
});
