import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSplitIndex, safeName } from '../src/search/split-index.js';
import { createPartLoader } from '../src/search/parts.js';
import { runLoading, docsPart } from '../src/search/run.js';
import { createSearch } from '../src/search/rank.js';
import { createLexicon } from '../src/search/query.js';
import { readNumbers, decodeColumn, weightOf, ALPHABET } from '../src/search/codes.js';
import { analysis, BY_NAME, splitParts, memoryLoader, encodeNumber } from './support/search-fixture.js';

// A page's search over parts loaded on demand, as main.js runs it: the loads it made, and the result.
async function pageSearch(q, typing) {
  const { meta, parts } = splitParts();
  const { loader, loads } = memoryLoader(parts);
  const index = createSplitIndex(meta, loader);
  const lexicon = createLexicon(meta, () => {
    const words = loader.get('kata');
    if (words === undefined) { index.missing.kata = true; return null; }
    return words;
  });
  const search = createSearch({ analysis, index, lexicon });
  const result = await runLoading(index, loader, () => { index.clearMissing(); return search(q, !!typing); });
  return { result, loads: loads.slice().sort(), ids: result ? result.full.map((i) => BY_NAME[i].id) : null };
}

test('a query loads the shards of its own words and nothing else', async () => {
  const { ids, loads } = await pageSearch('uji kir');
  assert.deepEqual(ids, ['siap-uji-kir']);
  assert.deepEqual(loads, ['t/ki', 't/uj']);
});

test('a word the index lacks loads the known words; only an unknown one loads the term list to correct it', async () => {
  const known = await pageSearch('pajak');
  assert.deepEqual(known.ids, []);
  assert.ok(known.loads.includes('kata'));
  assert.ok(!known.loads.includes('istilah'), known.loads.join());

  const typo = await pageSearch('kendaran');
  assert.deepEqual(typo.ids, ['siap-uji-kir']);
  assert.ok(typo.loads.includes('istilah'));
  assert.deepEqual(typo.result.describe(typo.result.full[0]).reasons[0].how, 'koreksi');
});

test('the word being typed loads the shards its beginning may reach', async () => {
  const { ids, loads } = await pageSearch('pet', true);
  assert.ok(ids.includes('peta-rawan'));
  assert.ok(loads.every((l) => l.startsWith('t/')), loads.join());
});

test('a shard is the longest key that begins the term; a beginning reaches every shard under it', () => {
  const asked = [];
  const index = createSplitIndex({ n: 0, head: [], shards: ['pe', 'pel', 'pen', 'ta'] }, { get: (name) => { asked.push(name); return undefined; } });
  assert.equal(index.hasTerm('pelayan'), false);
  assert.deepEqual(index.missingParts(), ['t/pel']);
  index.clearMissing();
  index.hasTerm('perda');
  assert.deepEqual(index.missingParts(), ['t/pe']);
  index.clearMissing();
  index.startsAnyTerm('pe');
  assert.deepEqual(index.missingParts().sort(), ['t/pe', 't/pel', 't/pen']);
  index.clearMissing();
  assert.equal(index.hasTerm('kir'), false);
  assert.deepEqual(index.missingParts(), [], 'no shard can hold it: nothing to load');
});

test('shard file names keep a–z and 0–9 and spell out anything else, as the build does', () => {
  assert.equal(safeName('ka'), 'ka');
  assert.equal(safeName('é1'), '_00e91');
  assert.equal(safeName('Ab'), '_0041b');
});

test('the loader loads a part once, shares a pending load, takes a part a tag already loaded, and reports a missing one', async () => {
  const registry = { meta: { n: 1 } }, added = [];
  const loader = createPartLoader({
    base: '../',
    registry: () => registry,
    addScript(src, done, failed) {
      added.push(src);
      setTimeout(() => {
        if (src.endsWith('/t/ka.js')) { registry['t/ka'] = { t: [] }; done(); } else failed();
      }, 0);
    }
  });
  assert.deepEqual(await loader.load('meta'), { n: 1 });
  const [a, b] = await Promise.all([loader.load('t/ka'), loader.load('t/ka')]);
  assert.equal(a, b);
  await loader.load('t/ka');
  assert.deepEqual(added, ['../assets/search/t/ka.js']);
  assert.equal(registry['t/ka'], undefined, 'the registry lets go of a part once taken');
  await assert.rejects(loader.load('t/zz'), /t\/zz/);
  await assert.rejects(loader.load('t/zz'), /t\/zz/);
  assert.equal(added.filter((s) => s.endsWith('zz.js')).length, 2, 'a failed part is tried again next time');
});

test('a search that keeps missing parts gives up after a few rounds instead of looping', async () => {
  const index = { missingParts: () => ['t/xx'] };
  let rounds = 0;
  await assert.rejects(runLoading(index, { loadAll: () => Promise.resolve([]) }, () => { rounds++; return undefined; }), /t\/xx/);
  assert.ok(rounds > 1 && rounds < 10);
});

test('numbers, weights and facet columns decode as the build encodes them', () => {
  const values = [0, 1, 31, 32, 1023, 1024, 50000, 2 ** 24];
  const text = values.map(encodeNumber).join('');
  assert.deepEqual(readNumbers(text, 0, text.length), values);
  assert.ok(Math.abs(weightOf(Math.round(Math.log(1 + 7.5) * 150)) - 7.5) < 0.05);
  const col = ALPHABET.charAt(0) + ALPHABET.charAt(2) + ALPHABET.charAt(1) + ALPHABET.charAt(63);
  assert.deepEqual(Array.from(decodeColumn(col, 2, 2)), [2, 64 + 63]);
  assert.equal(docsPart(31, 32), 'd/0');
  assert.equal(docsPart(32, 32), 'd/1');
});
