// The ticked filters above the results, as pills that remove themselves, and the count on the
// phone's "Saring" button.
import { facetLabel } from './facets.js';
import { activeFilterCount } from './url-state.js';
import { part } from './templates.js';

export function drawActiveFilters({ document, clone, labels, text, facets }, state) {
  const box = document.getElementById('cari-aktif'), ul = box.querySelector('ul');
  while (ul.firstChild) ul.removeChild(ul.firstChild);
  facets.forEach((f) => {
    Object.keys(state.sel[f.key]).sort().forEach((v) => {
      const li = clone('cari-tpl-filter'), button = li.querySelector('button'), label = facetLabel(labels, f, v);
      button.setAttribute('data-faset', f.key);
      button.setAttribute('data-nilai', v);
      button.setAttribute('aria-label', text('hapus-filter', undefined, { label }));
      part(li, 'label').textContent = label;
      ul.appendChild(li);
    });
  });
  const n = activeFilterCount(state, facets);
  box.hidden = n === 0;
  const badge = document.getElementById('cari-saring-n');
  badge.hidden = n === 0;
  badge.textContent = text('aktif', n);
}
