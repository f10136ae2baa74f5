// assets/js/search.js is committed (the theme must work as it is copied), so it must be exactly
// what esbuild makes of src/search/ today.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { bundleOptions } from '../build-search.js';

test('assets/js/search.js is the esbuild bundle of src/search/ (run `npm run build` in theme/ after editing a module)', () => {
  const [fresh] = buildSync({ ...bundleOptions, write: false }).outputFiles;
  const committed = readFileSync(join(bundleOptions.absWorkingDir, bundleOptions.outfile), 'utf8');
  assert.ok(committed === fresh.text, 'theme/assets/js/search.js is out of date: run `npm run build` in theme/ and commit it');
});

test('the bundle is one classic script: no import, export or module syntax left', () => {
  const [fresh] = buildSync({ ...bundleOptions, write: false }).outputFiles;
  assert.match(fresh.text, /^\/\*[^\n]*\*\/\n\(\(\) => \{\n/);
  assert.doesNotMatch(fresh.text, /^\s*(import|export)\s/m);
  assert.doesNotMatch(fresh.text, /import\.meta/);
});
