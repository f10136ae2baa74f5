/*
 * Galeri Inovasi: the studi tiru toolkit in the browser. Classic script, no modules, so it runs from
 * file:// as well as from a server.
 *  - Every page: the header's visit plan count, and the buttons of entry pages ("Cetak lembar studi
 *    tiru", "Bandingkan", "Tambah ke rencana kunjungan"), which are hidden until this script shows them.
 *    The choices are kept in localStorage; each change is announced in a polite live region.
 *  - bandingkan/: 2-4 innovations side by side (?pilih=a,b,c,d, else the stored choice).
 *  - rencana/: the visit plan (?pilih=a,b,c opens a shared plan), its printable agenda and request letter.
 * Both pages read each chosen entry's data script, inovasi/<slug>/studi-tiru.js, which the build
 * writes and which calls GaleriStudiTiru.terima(record). Everything drawn from the records is set as
 * text; the only markup taken from them is the QR code, an SVG the build made itself.
 */
(function () {
  'use strict';

  var KEYS = { rencana: 'galeri-studi-tiru:rencana', bandingkan: 'galeri-studi-tiru:bandingkan' };
  var SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var MAX_COMPARED = 4;

  // ---- storage -------------------------------------------------------------------------------

  function read(kind) {
    try {
      var list = JSON.parse(window.localStorage.getItem(KEYS[kind]) || '[]');
      return Array.isArray(list) ? list.filter(function (s) { return typeof s === 'string' && SLUG.test(s); }) : [];
    } catch (e) {
      return [];
    }
  }

  function write(kind, list) {
    try {
      window.localStorage.setItem(KEYS[kind], JSON.stringify(list));
    } catch (e) { /* storage off (private mode): the choice lasts as long as the page */ }
  }

  function unique(list) {
    var seen = {};
    return list.filter(function (s) { return SLUG.test(s) && !seen[s] && (seen[s] = true); });
  }

  /** The slugs named in ?pilih=a,b,c, or null when the address names none. */
  function fromAddress() {
    var match = /[?&]pilih=([^&#]*)/.exec(window.location.search);
    if (!match) return null;
    return unique(decodeURIComponent(match[1].replace(/\+/g, ' ')).split(',').map(function (s) { return s.trim(); }));
  }

  // ---- small helpers -----------------------------------------------------------------------

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function fill(template, values) {
    return String(template || '').replace(/\{(\w+)\}/g, function (all, key) { return key in values ? values[key] : all; });
  }

  function t(host, key) {
    return host.getAttribute('data-t-' + key) || '';
  }

  function root() {
    var page = document.querySelector('[data-root]');
    if (page) return page.getAttribute('data-root');
    var css = document.querySelector('link[href$="assets/css/galeri.css"]');
    return css ? css.getAttribute('href').replace(/assets\/css\/galeri\.css$/, '') : '';
  }

  /** An entry's site path (or a file beside it) as a link from this page. */
  function link(path) {
    return /^https?:\/\//i.test(path) ? path : root() + path + (/\/$/.test(path) && window.location.protocol === 'file:' ? 'index.html' : '');
  }

  function anchor(text, href, external) {
    var a = el('a', null, text);
    a.href = external ? href : link(href);
    if (external) a.rel = 'external noopener';
    return a;
  }

  // ---- announcements -----------------------------------------------------------------------

  var toast = null;

  function announce(message, linkText, linkHref) {
    if (!toast) return;
    toast.textContent = '';
    toast.appendChild(el('span', null, message));
    if (linkText) {
      toast.appendChild(document.createTextNode(' '));
      toast.appendChild(anchor(linkText, linkHref));
    }
    toast.hidden = false;
  }

  function makeToast() {
    // Present (empty) from the start: screen readers announce what is later written into a live region.
    toast = el('div', 'studi-toast');
    toast.setAttribute('role', 'status');
    toast.setAttribute('aria-live', 'polite');
    toast.hidden = true;
    document.body.appendChild(toast);
  }

  // ---- header count and entry buttons --------------------------------------------------------

  function updateCount() {
    var count = read('rencana').length;
    var nav = document.querySelector('[data-rencana-nav]');
    var badge = document.querySelector('[data-rencana-count]');
    if (!nav || !badge) return;
    badge.textContent = count > 0 ? String(count) : '';
    badge.hidden = count === 0;
    if (count > 0) nav.setAttribute('aria-label', fill(nav.getAttribute('data-t-jumlah'), { n: count }));
    else nav.removeAttribute('aria-label');
  }

  function syncButtons() {
    var plan = read('rencana');
    var compared = read('bandingkan');
    Array.prototype.forEach.call(document.querySelectorAll('[data-rencana]'), function (b) {
      b.setAttribute('aria-pressed', plan.indexOf(b.getAttribute('data-rencana')) >= 0 ? 'true' : 'false');
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-bandingkan]'), function (b) {
      b.setAttribute('aria-pressed', compared.indexOf(b.getAttribute('data-bandingkan')) >= 0 ? 'true' : 'false');
    });
    updateCount();
  }

  function toggle(kind, button) {
    var slug = button.getAttribute(kind === 'rencana' ? 'data-rencana' : 'data-bandingkan');
    var name = button.getAttribute('data-nama') || slug;
    var list = read(kind);
    var at = list.indexOf(slug);
    var texts = document.getElementById('studi-tiru-teks');
    var say = function (key) { return texts ? texts.getAttribute('data-t-' + key) : ''; };
    if (at >= 0) list.splice(at, 1);
    else if (kind === 'bandingkan' && list.length >= MAX_COMPARED) {
      announce(fill(say('banding-penuh'), { maks: MAX_COMPARED }), say('lihat-banding'), 'bandingkan/');
      return;
    } else list.push(slug);
    write(kind, list);
    syncButtons();
    var added = at < 0;
    if (kind === 'rencana')
      announce(fill(say(added ? 'ditambah-rencana' : 'dihapus-rencana'), { nama: name, n: list.length }), say('lihat-rencana'), 'rencana/');
    else
      announce(fill(say(added ? 'ditambah-banding' : 'dihapus-banding'), { nama: name, n: list.length, maks: MAX_COMPARED }),
        list.length >= 2 ? say('lihat-banding') : '', 'bandingkan/');
  }

  function wireButtons() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-cetak]'), function (b) {
      b.hidden = false;
      b.addEventListener('click', function () { window.print(); });
    });
    ['rencana', 'bandingkan'].forEach(function (kind) {
      Array.prototype.forEach.call(document.querySelectorAll('[data-' + kind + ']'), function (b) {
        b.hidden = false;
        b.addEventListener('click', function () { toggle(kind, b); });
      });
    });
    syncButtons();
    window.addEventListener('storage', syncButtons);
  }

  // ---- entry data scripts ------------------------------------------------------------------

  var waiting = {};

  window.GaleriStudiTiru = {
    terima: function (record) {
      if (record && waiting[record.slug]) waiting[record.slug].record = record;
    }
  };

  /** Loads the data script of each slug; calls done(records, missing) once all have loaded or failed. */
  function load(slugs, done) {
    var left = slugs.length;
    var records = {};
    var missing = [];
    if (left === 0) { done([], []); return; }
    slugs.forEach(function (slug) {
      var slot = waiting[slug] = { record: null };
      var script = document.createElement('script');
      script.src = root() + 'inovasi/' + slug + '/studi-tiru.js';
      script.onload = script.onerror = function () {
        if (slot.record) records[slug] = slot.record; else missing.push(slug);
        if (--left === 0) done(slugs.filter(function (s) { return records[s]; }).map(function (s) { return records[s]; }), missing);
      };
      document.head.appendChild(script);
    });
  }

  function missingNote(host, missing) {
    return missing.map(function (slug) { return fill(t(host, 'tidak-ditemukan'), { slug: slug }); }).join(' ');
  }

  // ---- shared views of a record ------------------------------------------------------------

  function verdict(host, r) {
    return r.readiness.possible === true ? t(host, 'ya') : r.readiness.possible === false ? t(host, 'tidak') : t(host, 'belum');
  }

  function needs(host, r) {
    var x = r.readiness;
    var list = [];
    if (x.estimatedCost) list.push([t(host, 'biaya'), x.estimatedCost]);
    if (x.preparationMonths) list.push([t(host, 'persiapan'), fill(t(host, 'bulan'), { n: x.preparationMonths })]);
    if (x.staff) list.push([t(host, 'petugas'), fill(t(host, 'orang'), { n: x.staff })]);
    return list;
  }

  function budgetLines(r) {
    return r.readiness.budgets.map(function (b) { return b.year + ' · ' + b.source + ' · ' + b.amount; });
  }

  function legalNode(host, l) {
    var item = el('li');
    if (l.url) item.appendChild(anchor(l.label, l.url, l.external)); else item.appendChild(el('strong', null, l.label));
    item.appendChild(document.createTextNode(' ' + t(host, 'tentang') + ' ' + l.title));
    return item;
  }

  function contactNode(host, r) {
    var c = r.contact;
    var box = el('dl', 'studi-contact');
    function row(label, value, href) {
      if (!value) return;
      var line = el('div');
      line.appendChild(el('dt', null, label));
      var dd = el('dd');
      if (href) { var a = el('a', 'wrap-anywhere', value); a.href = href; dd.appendChild(a); } else dd.textContent = value;
      line.appendChild(dd);
      box.appendChild(line);
    }
    if (!c || !(c.unit || c.email || c.telephone)) {
      var none = el('p', 'muted', t(host, 'kontak-belum') || '–');
      return none;
    }
    row(t(host, 'kontak-unit'), c.unit);
    row(t(host, 'kontak-surel'), c.email, c.email ? 'mailto:' + c.email : null);
    row(t(host, 'kontak-telepon'), c.telephone, c.telephone ? 'tel:' + c.telephone.replace(/[^0-9+]/g, '') : null);
    return box;
  }

  function list(items, className) {
    var ul = el('ul', className);
    items.forEach(function (text) { ul.appendChild(typeof text === 'string' ? el('li', null, text) : text); });
    return ul;
  }

  // ---- bandingkan/ -------------------------------------------------------------------------

  function comparePage(host) {
    var status = document.getElementById('bandingkan-status');
    var empty = document.getElementById('bandingkan-kosong');
    var box = document.getElementById('bandingkan-isi');
    var named = fromAddress();
    var slugs = named || read('bandingkan');
    var notes = [];
    if (slugs.length > MAX_COMPARED) {
      notes.push(fill(t(host, 'terlalu-banyak'), { n: MAX_COMPARED }));
      slugs = slugs.slice(0, MAX_COMPARED);
    }
    if (slugs.length === 0) { empty.hidden = false; return; }
    load(slugs, function (records, missing) {
      if (missing.length) notes.push(missingNote(host, missing));
      if (records.length === 0) { empty.hidden = false; status.textContent = notes.join(' '); return; }
      if (records.length < 2) notes.push(t(host, 'terlalu-sedikit'));
      drawCompare(host, box, records, named !== null);
      box.hidden = false;
      notes.unshift(fill(t(host, 'dimuat'), { n: records.length }));
      status.textContent = notes.join(' ');
    });
  }

  function drawCompare(host, box, records, fromLink) {
    var table = box.querySelector('table');
    var headRow = table.tHead.rows[0];
    while (headRow.cells.length > 1) headRow.deleteCell(1);
    headRow.cells[0].textContent = '';
    headRow.cells[0].appendChild(el('span', 'sr-only', t(host, 'inovasi')));
    var body = table.tBodies[0];
    body.textContent = '';
    table.className = 'compare-table compare-table--' + records.length;
    records.forEach(function (r) {
      var th = el('th', 'compare-head');
      th.scope = 'col';
      th.appendChild(anchor(r.name, r.url));
      var remove = el('button', 'compare-remove', '×');
      remove.type = 'button';
      remove.setAttribute('aria-label', t(host, 'hapus') + ': ' + r.name);
      remove.addEventListener('click', function () {
        var rest = records.filter(function (x) { return x !== r; }).map(function (x) { return x.slug; });
        var stored = read('bandingkan').filter(function (s) { return s !== r.slug; });
        write('bandingkan', stored);
        if (fromLink && window.history.replaceState)
          window.history.replaceState(null, '', window.location.pathname + (rest.length ? '?pilih=' + rest.join(',') : ''));
        syncButtons();
        comparePage(host);
        var heading = box.querySelector('.compare-head a');
        if (heading) heading.focus();
      });
      th.appendChild(remove);
      headRow.appendChild(th);
    });
    var dash = t(host, 'kosong');
    function row(label, cell) {
      var tr = el('tr');
      var th = el('th', null, label);
      th.scope = 'row';
      tr.appendChild(th);
      records.forEach(function (r) {
        var td = el('td');
        var value = cell(r);
        if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) td.textContent = dash;
        else if (typeof value === 'string' || typeof value === 'number') td.textContent = String(value);
        else td.appendChild(value);
        tr.appendChild(td);
      });
      body.appendChild(tr);
    }
    row(t(host, 'opd'), function (r) { return r.opd.name; });
    row(t(host, 'urusan'), function (r) { return r.urusan; });
    row(t(host, 'jenis'), function (r) { return r.jenis; });
    row(t(host, 'tahapan'), function (r) { return r.tahapan; });
    row(t(host, 'status'), function (r) { return r.status ? r.status.label : null; });
    row(t(host, 'tahun'), function (r) { return r.year; });
    row(t(host, 'ringkasan'), function (r) { return r.summary; });
    row(t(host, 'dampak'), function (r) {
      return r.impacts.length ? list(r.impacts.map(function (i) {
        return i.indicator + ': ' + (i.before || '–') + ' → ' + (i.after || '–') + (i.unit ? ' ' + i.unit : '');
      }), 'compare-list') : null;
    });
    row(t(host, 'dapat'), function (r) { return verdict(host, r); });
    row(t(host, 'biaya'), function (r) { return r.readiness.estimatedCost; });
    row(t(host, 'persiapan'), function (r) { return r.readiness.preparationMonths ? fill(t(host, 'bulan'), { n: r.readiness.preparationMonths }) : null; });
    row(t(host, 'petugas'), function (r) { return r.readiness.staff ? fill(t(host, 'orang'), { n: r.readiness.staff }) : null; });
    row(t(host, 'prasyarat'), function (r) { return r.readiness.prerequisites.length ? list(r.readiness.prerequisites, 'compare-list') : null; });
    row(t(host, 'anggaran'), function (r) {
      if (!r.readiness.budgets.length) return null;
      var lines = budgetLines(r);
      if (r.readiness.budgetTotal) lines.push(t(host, 'jumlah') + ': ' + r.readiness.budgetTotal);
      return list(lines, 'compare-list');
    });
    row(t(host, 'hukum'), function (r) {
      return r.readiness.legalBases.length ? list(r.readiness.legalBases.map(function (l) { return legalNode(host, l); }), 'compare-list') : null;
    });
    row(t(host, 'replikasi'), function (r) {
      return r.readiness.replicatedBy.length ? list(r.readiness.replicatedBy.map(function (x) {
        return x.agency + (x.region ? ', ' + x.region : '') + (x.year ? ' (' + x.year + ')' : '');
      }), 'compare-list') : null;
    });
    row(t(host, 'kontak'), function (r) { return contactNode(host, r); });
  }

  // ---- rencana/ ----------------------------------------------------------------------------

  function planPage(host) {
    var named = fromAddress();
    var shared = named !== null && named.join(',') !== read('rencana').join(',');
    var slugs = named || read('rencana');
    var status = document.getElementById('rencana-status');
    var empty = document.getElementById('rencana-kosong');
    var content = document.getElementById('rencana-isi');
    var agenda = document.getElementById('rencana-agenda');
    if (slugs.length === 0) { empty.hidden = false; content.hidden = true; agenda.textContent = ''; return; }
    load(slugs, function (records, missing) {
      var notes = [];
      if (shared) notes.push(t(host, 'dibagikan'));
      if (missing.length) notes.push(missingNote(host, missing));
      status.textContent = notes.join(' ');
      if (records.length === 0) { empty.hidden = false; content.hidden = true; return; }
      drawPlan(host, records, shared);
      empty.hidden = true;
      content.hidden = false;
    });
  }

  function groupsOf(records) {
    var groups = [];
    var byCode = {};
    records.forEach(function (r) {
      if (!byCode[r.opd.code]) groups.push(byCode[r.opd.code] = { opd: r.opd, records: [] });
      byCode[r.opd.code].records.push(r);
    });
    return groups.sort(function (a, b) { return a.opd.name.localeCompare(b.opd.name, 'id'); });
  }

  function drawPlan(host, records, shared) {
    var groups = groupsOf(records);
    var count = document.getElementById('rencana-jumlah');
    count.textContent = records.length === 1 ? t(host, 'jumlah-satu') : fill(t(host, 'jumlah'), { n: records.length });

    var box = document.getElementById('rencana-opd');
    box.textContent = '';
    groups.forEach(function (g) {
      var section = el('section', 'rencana-opd');
      section.appendChild(el('h3', null, g.opd.name));
      var ul = el('ul', 'rencana-list');
      ul.setAttribute('role', 'list');
      g.records.forEach(function (r) {
        var li = el('li', 'rencana-item');
        var head = el('p', 'rencana-nama');
        head.appendChild(anchor(r.name, r.url));
        li.appendChild(head);
        li.appendChild(contactNode(host, r));
        if (!shared) {
          var remove = el('button', 'btn btn--ghost rencana-hapus', t(host, 'hapus'));
          remove.type = 'button';
          remove.setAttribute('aria-label', t(host, 'hapus') + ': ' + r.name);
          remove.addEventListener('click', function () {
            write('rencana', read('rencana').filter(function (s) { return s !== r.slug; }));
            syncButtons();
            planPage(host);
            document.getElementById('rencana-status').textContent = fill(t(host, 'dihapus'), { nama: r.name });
            document.getElementById('rencana-daftar-judul').setAttribute('tabindex', '-1');
            document.getElementById('rencana-daftar-judul').focus();
          });
          li.appendChild(remove);
        }
        ul.appendChild(li);
      });
      section.appendChild(ul);
      box.appendChild(section);
    });

    var note = document.getElementById('rencana-dibagikan');
    note.hidden = !shared;
    var slugs = records.map(function (r) { return r.slug; });
    var save = document.getElementById('rencana-simpan');
    save.onclick = function () {
      write('rencana', slugs);
      syncButtons();
      note.hidden = true;
      document.getElementById('rencana-status').textContent = t(host, 'disimpan');
    };

    var address = window.location.href.replace(/[?#].*$/, '');
    if (/\/$/.test(address)) address += 'index.html';
    var field = document.getElementById('rencana-tautan');
    field.value = address + '?pilih=' + slugs.join(',');
    document.getElementById('rencana-salin-tautan').onclick = function () { copy(host, field.value, field); };

    var letterList = document.getElementById('surat-daftar');
    letterList.textContent = '';
    records.forEach(function (r) { letterList.appendChild(el('li', null, r.name + ' (' + r.opd.name + ')')); });
    var names = groups.map(function (g) { return g.opd.name; });
    document.getElementById('surat-opd').textContent = names.length > 1
      ? names.slice(0, -1).join(', ') + (names.length > 2 ? ', ' : ' ') + (document.documentElement.lang === 'en' ? 'and ' : 'dan ') + names[names.length - 1]
      : names[0];
    document.getElementById('surat-salin').onclick = function () { copy(host, document.getElementById('surat-isi').innerText, document.getElementById('surat-isi')); };
    document.getElementById('surat-cetak').onclick = function () { printOnly('cetak-surat'); };
    document.getElementById('rencana-cetak').onclick = function () { printOnly('cetak-agenda'); };

    drawAgenda(host, groups, records);
  }

  function printOnly(mode) {
    document.body.classList.add(mode);
    var done = function () { document.body.classList.remove(mode); window.removeEventListener('afterprint', done); };
    window.addEventListener('afterprint', done);
    window.print();
  }

  function copy(host, text, source) {
    var status = document.getElementById('rencana-status');
    function selectSource() {
      if (source.select) { source.select(); return; }
      var range = document.createRange();
      range.selectNodeContents(source);
      var selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }
    function fallback() {
      selectSource();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      status.textContent = ok ? t(host, 'disalin') : t(host, 'salin-gagal');
    }
    if (navigator.clipboard && navigator.clipboard.writeText)
      navigator.clipboard.writeText(text).then(function () { status.textContent = t(host, 'disalin'); }, fallback);
    else fallback();
  }

  /** The printed agenda: a cover page with the OPDs to meet, then one handout per innovation on its own page. */
  function drawAgenda(host, groups, records) {
    var agenda = document.getElementById('rencana-agenda');
    agenda.textContent = '';
    var cover = el('section', 'agenda-cover');
    cover.appendChild(el('h1', null, t(host, 'agenda-judul')));
    cover.appendChild(el('p', null, t(host, 'agenda-pengantar')));
    groups.forEach(function (g) {
      var part = el('div', 'agenda-opd');
      part.appendChild(el('h2', null, g.opd.name));
      part.appendChild(el('p', 'agenda-waktu', t(host, 'waktu')));
      part.appendChild(list(g.records.map(function (r) { return r.name; }), 'agenda-inovasi'));
      var seen = {};
      g.records.forEach(function (r) {
        var key = r.contact ? [r.contact.unit, r.contact.email, r.contact.telephone].join('|') : '';
        if (seen[key]) return;
        seen[key] = true;
        part.appendChild(contactNode(host, r));
      });
      cover.appendChild(part);
    });
    agenda.appendChild(cover);
    records.forEach(function (r) { agenda.appendChild(handout(host, r)); });
  }

  function handout(host, r) {
    var sheet = el('article', 'handout');
    sheet.appendChild(el('p', 'handout-opd', r.opd.name));
    sheet.appendChild(el('h2', 'handout-name', r.name + (r.acronym ? ' (' + r.acronym + ')' : '')));
    sheet.appendChild(el('p', 'handout-summary', r.summary));
    var cols = el('div', 'handout-cols');
    var left = el('div');
    if (r.problem) { left.appendChild(el('h3', null, t(host, 'masalah'))); left.appendChild(el('p', null, r.problem)); }
    if (r.howItWorks) { left.appendChild(el('h3', null, t(host, 'cara'))); left.appendChild(el('p', null, r.howItWorks)); }
    cols.appendChild(left);
    var right = el('div');
    if (r.impacts.length) {
      right.appendChild(el('h3', null, t(host, 'dampak')));
      var table = el('table', 'handout-impacts');
      var head = el('tr');
      [t(host, 'indikator'), t(host, 'sebelum'), t(host, 'sesudah')].forEach(function (label) { var th = el('th', null, label); th.scope = 'col'; head.appendChild(th); });
      var thead = el('thead');
      thead.appendChild(head);
      table.appendChild(thead);
      var tbody = el('tbody');
      r.impacts.forEach(function (i) {
        var tr = el('tr');
        var th = el('th', null, i.indicator + (i.unit ? ' (' + i.unit + ')' : ''));
        th.scope = 'row';
        tr.appendChild(th);
        tr.appendChild(el('td', 'num', i.before || '–'));
        tr.appendChild(el('td', 'num', i.after || '–'));
        tbody.appendChild(tr);
      });
      table.appendChild(tbody);
      right.appendChild(table);
    }
    cols.appendChild(right);
    sheet.appendChild(cols);

    var siap = el('section', 'handout-siap');
    siap.appendChild(el('h3', null, t(host, 'siap') + ' ' + verdict(host, r)));
    var facts = needs(host, r).map(function (pair) { return pair[0] + ': ' + pair[1]; });
    if (facts.length) siap.appendChild(el('p', null, facts.join(' · ')));
    if (r.readiness.prerequisites.length) siap.appendChild(el('p', null, t(host, 'prasyarat') + ': ' + r.readiness.prerequisites.join('; ')));
    if (r.readiness.budgets.length) siap.appendChild(el('p', null, t(host, 'anggaran') + ': ' + budgetLines(r).join('; ')));
    if (r.readiness.legalBases.length) {
      siap.appendChild(el('p', 'handout-label', t(host, 'hukum') + ':'));
      siap.appendChild(list(r.readiness.legalBases.map(function (l) { return legalNode(host, l); }), 'handout-legal'));
    }
    sheet.appendChild(siap);

    var foot = el('footer', 'handout-foot');
    var contact = el('div');
    contact.appendChild(el('h3', null, t(host, 'kontak')));
    contact.appendChild(contactNode(host, r));
    foot.appendChild(contact);
    if (r.qr) {
      var figure = el('figure', 'handout-qr');
      // The one piece of markup taken from a record: the QR code's SVG, which the build generated.
      figure.innerHTML = r.qr;
      var caption = el('figcaption', null, t(host, 'qr'));
      caption.appendChild(el('span', 'handout-url', r.absoluteUrl));
      figure.appendChild(caption);
      foot.appendChild(figure);
    }
    sheet.appendChild(foot);
    return sheet;
  }

  // ---- start -------------------------------------------------------------------------------

  function start() {
    makeToast();
    wireButtons();
    var compare = document.getElementById('bandingkan');
    if (compare) comparePage(compare);
    var plan = document.getElementById('rencana');
    if (plan) planPage(plan);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
