// Validates a published data/ folder with the Frictionless Data implementation (npm datapackage):
// the descriptor against the Data Package profile, then every row of each tabular resource cast
// against its Table Schema (types, required, enum). Prints one JSON line: {valid, errors, rows}.
// datapackage 1.x reads a CSV's byte-order mark as part of the first header (it predates BOM
// handling), so the CSV is handed over without its mark; the C# test checks the mark is there.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Package } = require('datapackage');

async function main(folder) {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'datapackage-'));
  try {
    for (const name of fs.readdirSync(folder)) {
      let bytes = fs.readFileSync(path.join(folder, name));
      if (name.endsWith('.csv') && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      fs.writeFileSync(path.join(copy, name), bytes);
    }
    const pkg = await Package.load(path.join(copy, 'datapackage.json'), { basePath: copy });
    const errors = pkg.errors.map(e => e.message);
    const rows = {};
    for (const resource of pkg.resources) {
      if (!resource.tabular) continue;
      try {
        const data = await resource.read({ keyed: true, cast: true, forceCast: true });
        rows[resource.name] = data.length;
        data.forEach((row, i) => { if (row instanceof Error) errors.push(`${resource.name} baris ${i + 2}: ${row.message}`); });
      } catch (e) {
        errors.push(`${resource.name}: ${e.message} ${(e.errors || []).map(x => x.message).join('; ')}`);
      }
    }
    console.log(JSON.stringify({ valid: pkg.valid && errors.length === 0, errors, rows }));
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
}

main(process.argv[2]).catch(e => { console.log(JSON.stringify({ valid: false, errors: [String(e && e.message)], rows: {} })); });
