// Bundles the search page's modules (src/search/) into assets/js/search.js, the one classic script
// cari/ loads: an IIFE, because module scripts do not load from file://. The output is committed,
// so the theme works as it is copied (galeri build, dotnet pack, a site's own theme folder);
// test/bundle.test.js fails when it differs from a fresh run of these options.
// Run with `npm run build` in theme/.
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';

const themeDir = dirname(fileURLToPath(import.meta.url));

export const bundleOptions = {
  absWorkingDir: themeDir,          // paths in the output's comments are relative to theme/, wherever it is
  entryPoints: ['src/search/main.js'],
  outfile: 'assets/js/search.js',
  bundle: true,
  format: 'iife',
  target: 'es2017',
  charset: 'utf8',                  // "…" and "×" as they are, not \u escapes
  banner: { js: '/* Generated from theme/src/search/ by `npm run build` (esbuild). Edit the modules, not this file. */' },
  logLevel: 'warning'
};

if (process.argv[1] === fileURLToPath(import.meta.url)) buildSync(bundleOptions);
