// Drawing the results: one cloned template per hit, matched words in <mark>, PAGE_SIZE at a time.
import { markedPieces } from './highlight.js';
import { facetByKey, facetLabel } from './facets.js';
import { part, statusBadge } from './templates.js';

export const PAGE_SIZE = 24;  // results drawn at once (a keystroke stays fast); "show more" adds the next

// An address from the store ("inovasi/kir/", "") as a link that works from file:// too.
export function link(siteRoot, path) {
  return siteRoot + (path === '' || path.charAt(path.length - 1) === '/' ? path + 'index.html' : path);
}

export function createHitDrawer({ document, clone, docs, labels, siteRoot, isMatch }) {
  const status = facetByKey('status');

  // Text into target, the words whose stem the query matched in <mark>.
  function fillMarked(target, value, terms, limit) {
    const pieces = markedPieces(value, terms ? (word) => isMatch(word, terms) : () => false, limit);
    for (const piece of pieces) {
      if (!piece.mark) { target.appendChild(document.createTextNode(piece.text)); continue; }
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      target.appendChild(mark);
    }
  }

  return function drawHit(hit) {
    const doc = docs[hit.i], terms = hit.terms, li = clone('cari-tpl-hasil');
    const title = part(li, 'nama');
    title.href = link(siteRoot, doc.u);
    fillMarked(title, doc.n, terms);
    if (doc.a) fillMarked(part(li, 'akronim'), doc.a, terms);
    else part(li, 'akronim').remove();
    const opd = part(li, 'opd');
    opd.textContent = (labels.opd && labels.opd[doc.o]) || doc.o;
    if (labels.opd_nama && labels.opd_nama[doc.o]) opd.title = labels.opd_nama[doc.o];
    if (doc.y) part(li, 'tahun').textContent = String(doc.y);
    else { part(li, 'tahun-pisah').remove(); part(li, 'tahun').remove(); }
    if (doc.s) part(li, 'meta').appendChild(statusBadge(clone, doc.s, facetLabel(labels, status, doc.s), true));
    fillMarked(part(li, 'ringkasan'), doc.r || '', terms, 240);
    if (doc.g) part(li, 'gambar').querySelector('img').src = link(siteRoot, doc.g);
    else part(li, 'gambar').remove();
    return li;
  };
}
