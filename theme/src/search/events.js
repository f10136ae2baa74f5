// What the visitor does: typing (debounced), Escape, Enter, ticking and removing filters, the
// phone's "see results" button, and Back/Forward.
import { emptySelection } from './url-state.js';

const DEBOUNCE_MS = 100;  // search as you type

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

export function listen({ root, input, state, update, readUrl, drawMore, save, known, facets }) {
  const $ = (id) => document.getElementById(id);
  const form = $('cari-form'), panel = $('cari-saring');
  let timer = null;

  // While typing, the last word may be unfinished (it also matches as a beginning); a submitted
  // search (Enter, the button) is whole words only.
  function typed(typing) {
    timer = null;
    state.q = input.value;
    state.typing = typing;
    update();
    save(false);
  }

  function flush(typing) {
    if (timer) window.clearTimeout(timer);
    typed(typing);
  }

  input.addEventListener('input', () => {
    if (timer) window.clearTimeout(timer);
    timer = window.setTimeout(() => typed(true), DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (e) => {
    if ((e.key === 'Escape' || e.key === 'Esc') && input.value !== '') {
      e.preventDefault();
      input.value = '';
      flush(false);
    }
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    flush(false);
    // On a phone, Enter hides the keyboard so the results can be seen.
    if (window.matchMedia && window.matchMedia('(pointer: coarse)').matches) input.blur();
  });

  root.addEventListener('change', (e) => {
    const t = e.target;
    if (!t || t.type !== 'checkbox' || !hasOwn(known, t.name)) return;
    if (t.checked) state.sel[t.name][t.value] = true;
    else delete state.sel[t.name][t.value];
    // A filter ticked while a keystroke waits applies to the text as it is now.
    if (timer) { window.clearTimeout(timer); timer = null; state.q = input.value; state.typing = true; }
    update();
    save(true);
  });

  $('cari-aktif').addEventListener('click', (e) => {
    const b = e.target.closest ? e.target.closest('button') : null;
    if (!b) return;
    if (b.id === 'cari-hapus-semua') {
      state.sel = emptySelection(facets);
      update();
      save(true);
      input.focus();
      return;
    }
    const key = b.getAttribute('data-faset'), value = b.getAttribute('data-nilai');
    if (!key) return;
    // Focus moves to the neighbouring pill, so the keyboard can keep removing filters.
    const next = b.parentNode.nextElementSibling || b.parentNode.previousElementSibling;
    const nextKey = next && next.firstChild.getAttribute('data-faset'), nextValue = next && next.firstChild.getAttribute('data-nilai');
    delete state.sel[key][value];
    update();
    save(true);
    const target = nextKey && root.querySelector('#cari-aktif button[data-faset="' + nextKey + '"][data-nilai="' + nextValue + '"]');
    (target || input).focus();
  });

  $('cari-lagi').addEventListener('click', () => { drawMore(true); });

  // Phone: the panel's button closes it and moves to the results.
  $('cari-lihat').addEventListener('click', () => {
    panel.open = false;
    const heading = $('cari-hasil-judul');
    heading.focus();
    if (heading.scrollIntoView) heading.parentNode.scrollIntoView({ block: 'start' });
  });

  window.addEventListener('popstate', () => {
    readUrl();
    input.value = state.q;
    state.typing = false;
    update();
  });

  // The filters are a sidebar from 62em up (always open), a "Saring" disclosure below.
  if (window.matchMedia) {
    const wide = window.matchMedia('(min-width: 62em)');
    const syncPanel = () => { if (wide.matches) panel.open = true; };
    if (wide.addEventListener) wide.addEventListener('change', syncPanel);
    else if (wide.addListener) wide.addListener(syncPanel);
    syncPanel();
  }
}
