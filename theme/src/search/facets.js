// Facets: which filters exist (declared by the search data the build writes, from the content
// model), the values each one offers, and the one pass that filters the hits and counts every
// option. Each facet comes with a column (FacetColumns.cs): every entry's option number, so counting
// needs no entry documents. Pure data in and out; facet-panel.js draws them.
import { decodeColumn } from './codes.js';

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

// The facets in the order of the URL and the panel: { key, order, labels, values } where key is the
// URL parameter and the document field, labels the label group (null when it has none), values the
// options in the order of the column's numbers (1 is values[0]).
export function facetsOf(store) {
  const labels = store.labels || {};
  return (store.facets || []).map((f) => ({
    key: f.key,
    order: f.order,
    labels: labels[f.key] && Object.keys(labels[f.key]).length > 0 ? f.key : null,
    values: f.values || []
  }));
}

// Each facet's column decoded, in facet order.
export const columnsOf = (store, count) => (store.facets || []).map((f) => decodeColumn(f.col, f.w, count));

export const facetByKey = (facets, key) => facets.find((f) => f.key === key);

export function facetValue(doc, facet) {
  const v = doc[facet.key];
  return v === undefined || v === null || v === '' ? null : String(v);
}

export function facetLabel(labels, facet, value) {
  const group = facet.labels && labels[facet.labels];
  return group && hasOwn(group, value) ? group[value] : value;
}

// The values a facet offers, in display order: years newest first; codes in the store's order
// (the order of the vocabulary); OPD and urusan by label, as Indonesian readers sort.
export function facetOptions(labels, facet) {
  const list = facet.values.slice();
  if (facet.order === 'desc') list.sort((a, b) => Number(b) - Number(a));
  else if (facet.order === 'store') {
    const known = Object.keys(labels[facet.labels] || {});
    const rank = (v) => { const i = known.indexOf(v); return i < 0 ? known.length : i; };
    list.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
  } else {
    list.sort((a, b) => facetLabel(labels, facet, a).localeCompare(facetLabel(labels, facet, b), 'id', { sensitivity: 'base' }));
  }
  return list;
}

// AND across facets, OR within one. A facet's counts apply the query and every other facet, so an
// entry that fails only that facet still counts there. `hits` are entry numbers in result order,
// `columns` is columnsOf(store), `selected` maps facet key → { value: true }. Returns the entry
// numbers that pass, their positions in `hits`, and counts[facet key][value].
export function filterAndCount(hits, columns, selected, facets) {
  const results = [], positions = [], tallies = [], active = [], chosen = [];
  facets.forEach((f, fi) => {
    tallies.push(new Int32Array(f.values.length + 1));
    const pick = new Uint8Array(f.values.length + 1);
    let any = false;
    f.values.forEach((v, k) => { if (hasOwn(selected[f.key], v)) { pick[k + 1] = 1; any = true; } });
    chosen.push(pick);
    if (any || Object.keys(selected[f.key]).length > 0) active.push(fi);
  });
  const nf = facets.length;
  for (let h = 0; h < hits.length; h++) {
    const d = hits[h];
    let failed = -1, failures = 0;
    for (let a = 0; a < active.length && failures < 2; a++) {
      const fi = active[a];
      if (!chosen[fi][columns[fi][d]]) { failures++; failed = fi; }
    }
    if (failures > 1) continue;
    if (failures === 0) {
      results.push(d);
      positions.push(h);
      for (let fi = 0; fi < nf; fi++) tallies[fi][columns[fi][d]]++;
    } else tallies[failed][columns[failed][d]]++;
  }
  const counts = {};
  facets.forEach((f, fi) => {
    const c = (counts[f.key] = {});
    f.values.forEach((v, k) => { if (tallies[fi][k + 1] > 0) c[v] = tallies[fi][k + 1]; });
  });
  return { results, positions, counts };
}
