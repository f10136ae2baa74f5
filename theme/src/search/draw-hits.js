// Drawing the results: one cloned template per hit, matched words in <mark>, PAGE_SIZE at a time,
// and under each hit found by a query the reason it matched ("cocok: kendaraan di ringkasan").
import { markedPieces } from './highlight.js';
import { facetByKey, facetLabel } from './facets.js';
import { part, statusBadge } from './templates.js';

export const PAGE_SIZE = 24;  // results drawn at once (a keystroke stays fast); "show more" adds the next

// A hit is at least about this tall (name, a line of facts, two lines of summary), at any width.
const SHORTEST_HIT_PX = 150;

// How many hits can be on screen at once, even with the list at the top of the window: the ones a
// keystroke draws first (their documents loaded first), the rest of the page following.
export function firstScreenSize(window) {
  const height = window.innerHeight || 900;
  return Math.min(PAGE_SIZE, Math.max(3, Math.ceil(height / SHORTEST_HIT_PX)));
}

// An address from the store ("inovasi/kir/", "") as a link that works from file:// too.
export function link(siteRoot, path) {
  return siteRoot + (path === '' || path.charAt(path.length - 1) === '/' ? path + 'index.html' : path);
}

// The reason of one clause as pieces: the matched word marked, how it matched (synonym,
// correction, beginning of a word) and where (the heaviest field it was found in).
export function reasonPieces(reason, text, fieldLabels) {
  const pieces = [{ text: reason.label + (reason.how === 'awalan' ? '…' : ''), mark: true }];
  if (reason.how === 'sinonim') pieces.push({ text: ' (' + text('cocok-sinonim', undefined, { kata: reason.from }) + ')', mark: false });
  if (reason.how === 'koreksi') pieces.push({ text: ' (' + text('cocok-koreksi', undefined, { kata: reason.from }) + ')', mark: false });
  const field = reason.fields[0];
  if (field) pieces.push({ text: ' ' + text('cocok-di', undefined, { bidang: fieldLabels[field] || field }), mark: false });
  return pieces;
}

export function createHitDrawer({ document, clone, docOf, labels, siteRoot, isMatch, keys, facets, fieldLabels, text }) {
  const status = facetByKey(facets, 'status');

  function append(target, pieces) {
    for (const piece of pieces) {
      if (!piece.mark) { target.appendChild(document.createTextNode(piece.text)); continue; }
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      target.appendChild(mark);
    }
  }

  // Text into target, the words whose stem the query matched in <mark>.
  function fillMarked(target, value, terms, limit) {
    append(target, markedPieces(value, terms ? (word) => isMatch(word, terms) : () => false, limit));
  }

  function fillReason(target, reasons) {
    append(target, [{ text: text('cocok') + ' ', mark: false }]);
    reasons.filter(Boolean).forEach((reason, n) => {
      if (n > 0) append(target, [{ text: ' · ', mark: false }]);
      append(target, reasonPieces(reason, text, fieldLabels));
    });
  }

  return function drawHit(hit) {
    const doc = docOf(hit.i), terms = hit.terms, li = clone('cari-tpl-hasil');
    const title = part(li, 'nama');
    title.href = link(siteRoot, doc[keys.url]);
    fillMarked(title, doc[keys.nama], terms);
    if (doc[keys.akronim]) fillMarked(part(li, 'akronim'), doc[keys.akronim], terms);
    else part(li, 'akronim').remove();
    const opd = part(li, 'opd'), code = doc[keys.opd];
    opd.textContent = (labels.opd && labels.opd[code]) || code;
    if (labels.opd_nama && labels.opd_nama[code]) opd.title = labels.opd_nama[code];
    if (doc[keys.tahun]) part(li, 'tahun').textContent = String(doc[keys.tahun]);
    else { part(li, 'tahun-pisah').remove(); part(li, 'tahun').remove(); }
    if (doc[keys.status] && status) part(li, 'meta').appendChild(statusBadge(clone, doc[keys.status], facetLabel(labels, status, doc[keys.status]), true));
    fillMarked(part(li, 'ringkasan'), doc[keys.ringkasan] || '', terms, 240);
    if (hit.reasons) fillReason(part(li, 'alasan'), hit.reasons);
    else part(li, 'alasan').remove();
    if (doc[keys.gambar]) part(li, 'gambar').querySelector('img').src = link(siteRoot, doc[keys.gambar]);
    else part(li, 'gambar').remove();
    return li;
  };
}
