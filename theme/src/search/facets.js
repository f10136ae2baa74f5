// Facets: which filters exist (declared by the store the build writes, from the content model),
// the values each one offers, and the one pass that filters the hits and counts every option.
// Pure data in and out; facet-panel.js draws them.

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

// The store's facets in the order of the URL and the panel: { key, order, labels } where key is
// the URL parameter and the document field, labels the store's label group (null when it has none).
export function facetsOf(store) {
  const labels = store.labels || {};
  return (store.facets || []).map((f) => ({
    key: f.key,
    order: f.order,
    labels: labels[f.key] && Object.keys(labels[f.key]).length > 0 ? f.key : null
  }));
}

export const facetByKey = (facets, key) => facets.find((f) => f.key === key);

export function facetValue(doc, facet) {
  const v = doc[facet.key];
  return v === undefined || v === null || v === '' ? null : String(v);
}

export function facetLabel(labels, facet, value) {
  const group = facet.labels && labels[facet.labels];
  return group && hasOwn(group, value) ? group[value] : value;
}

// Each entry's value per facet, in facet order (null where it has none), computed once.
export const facetValuesOf = (docs, facets) => docs.map((doc) => facets.map((f) => facetValue(doc, f)));

// The values a facet offers, in display order: years newest first; codes in the store's order
// (the order of the vocabulary); OPD and urusan by label, as Indonesian readers sort.
export function facetOptions(docs, labels, facet) {
  const seen = {}, list = [];
  for (const doc of docs) {
    const v = facetValue(doc, facet);
    if (v !== null && !hasOwn(seen, v)) { seen[v] = true; list.push(v); }
  }
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
// entry that fails only that facet still counts there. `hits` are { i } in result order,
// `values` is facetValuesOf(docs, facets), `selected` maps facet key → { value: true }.
export function filterAndCount(hits, values, selected, facets) {
  const results = [], counts = {}, active = [];
  facets.forEach((f, fi) => {
    counts[f.key] = {};
    if (Object.keys(selected[f.key]).length > 0) active.push(fi);
  });
  for (const hit of hits) {
    const own = values[hit.i];
    let failed = -1, failures = 0;
    for (let a = 0; a < active.length && failures < 2; a++) {
      const fi = active[a], v = own[fi];
      if (v === null || !hasOwn(selected[facets[fi].key], v)) { failures++; failed = fi; }
    }
    if (failures === 0) results.push(hit);
    else if (failures > 1) continue;
    for (let fi = 0; fi < facets.length; fi++) {
      const v = own[fi];
      if (v !== null && (failures === 0 || failed === fi)) {
        const c = counts[facets[fi].key];
        c[v] = (c[v] || 0) + 1;
      }
    }
  }
  return { results, counts };
}
