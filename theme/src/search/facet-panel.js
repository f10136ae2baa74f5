// The filter panel: one checkbox per facet value (cloned from the theme's template), its count,
// and "show all" for long facets. Options with no entries under the current query hide.
import { facetLabel, facetOptions } from './facets.js';
import { part, statusBadge } from './templates.js';

const FACET_VISIBLE = 6;  // options shown before "show all"

export function createFacetPanel({ root, clone, labels, text, facets }) {
  const options = {};   // facet key → option records in display order
  const known = {};     // facet key → { value: option record }
  const expanded = {};
  const boxOf = (f) => root.querySelector('[data-faset="' + f.key + '"]');

  function drawOption(f, v) {
    const li = clone('cari-tpl-opsi'), input = li.querySelector('input'), label = li.querySelector('label');
    const id = 'f-' + f.key + '-' + v.replace(/[^A-Za-z0-9_-]/g, '_');
    input.id = id;
    input.name = f.key;
    input.value = v;
    label.htmlFor = id;
    const name = part(li, 'nama');
    if (f.key === 'status') name.appendChild(statusBadge(clone, v, facetLabel(labels, f, v), false));
    else name.textContent = facetLabel(labels, f, v);
    const fullName = part(li, 'opd-nama');
    if (f.key === 'opd' && labels.opd_nama && labels.opd_nama[v]) {
      label.title = labels.opd_nama[v];
      fullName.textContent = ' (' + labels.opd_nama[v] + ')';
    } else fullName.remove();
    return { value: v, li, input, count: part(li, 'jumlah'), countSr: part(li, 'jumlah-sr'), n: -1 };
  }

  // Which options show: those with entries or ticked, and past the first few only when expanded.
  function drawVisibility(f) {
    const box = boxOf(f), list = options[f.key];
    let shown = 0, visible = 0;
    for (const o of list) if (o.n > 0 || o.input.checked) visible++;
    for (const o of list) {
      let show = o.n > 0 || o.input.checked;
      if (show && !o.input.checked && !expanded[f.key] && visible > FACET_VISIBLE + 1 && shown >= FACET_VISIBLE) show = false;
      if (show) shown++;
      if (o.li.hidden === show) o.li.hidden = !show;
    }
    const more = box.querySelector('.faset-lagi');
    more.hidden = visible <= FACET_VISIBLE + 1;
    more.setAttribute('aria-expanded', expanded[f.key] ? 'true' : 'false');
    more.textContent = expanded[f.key] ? text('sedikit') : text('semua', visible);
    box.hidden = visible === 0;
  }

  function build() {
    facets.forEach((f) => {
      const box = boxOf(f), ul = box.querySelector('ul'), values = facetOptions(labels, f);
      known[f.key] = {};
      options[f.key] = values.map((v) => {
        const option = drawOption(f, v);
        ul.appendChild(option.li);
        known[f.key][v] = option;
        return option;
      });
      box.hidden = values.length === 0;
      box.querySelector('.faset-lagi').addEventListener('click', () => {
        expanded[f.key] = !expanded[f.key];
        drawVisibility(f);
      });
    });
  }

  // Ticks and counts from the state and the counts of filterAndCount.
  function draw(selected, counts) {
    facets.forEach((f) => {
      options[f.key].forEach((o) => {
        const n = counts[f.key][o.value] || 0;
        o.input.checked = Object.prototype.hasOwnProperty.call(selected[f.key], o.value);
        if (n !== o.n) {
          o.n = n;
          o.count.textContent = String(n);
          o.countSr.textContent = ', ' + text(n === 1 ? 'jumlah-satu' : 'jumlah', n);
        }
      });
      drawVisibility(f);
    });
  }

  return { build, draw, known };
}
