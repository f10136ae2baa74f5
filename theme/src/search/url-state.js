// The page's state (query and ticked filters) and its address: ?q=kir&opd=dishub&tahun=2019, so a
// filtered view can be shared and Back restores it. Reading and writing the address are pure;
// saveUrl is the only part that touches history.
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

export function emptySelection(facets) {
  const sel = {};
  facets.forEach((f) => { sel[f.key] = {}; });
  return sel;
}

// The state a query string asks for. `known` maps facet key → { value: … } of the values that
// exist, so a stale or hand-made address cannot tick an option the page does not show.
export function readState(search, known, facets) {
  const params = new URLSearchParams(search);
  const sel = emptySelection(facets);
  facets.forEach((f) => {
    params.getAll(f.key).forEach((v) => { if (hasOwn(known[f.key], v)) sel[f.key][v] = true; });
  });
  return { q: params.get('q') || '', sel };
}

// The address of a state: the trimmed query with spaces as "+", then each facet's values sorted,
// in the store's facet order, so one view always has one address.
export function stateUrl(pathname, state, facets) {
  const parts = [], q = state.q.trim();
  if (q) parts.push('q=' + encodeURIComponent(q).replace(/%20/g, '+'));
  facets.forEach((f) => {
    Object.keys(state.sel[f.key]).sort().forEach((v) => { parts.push(f.key + '=' + encodeURIComponent(v)); });
  });
  return pathname + (parts.length ? '?' + parts.join('&') : '');
}

export function activeFilterCount(state, facets) {
  return facets.reduce((n, f) => n + Object.keys(state.sel[f.key]).length, 0);
}

// A new history entry for a filter change (Back undoes it), a replaced one while typing.
export function saveUrl(window, state, push, facets) {
  const url = stateUrl(window.location.pathname, state, facets);
  if (url === window.location.pathname + window.location.search) return;
  try {
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  } catch (e) { /* some file:// setups refuse; the page still works */ }
}
