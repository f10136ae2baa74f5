// The browser's search pieces in node: lunr and the Indonesian stemmer from node_modules (the
// same files galeri build ships), galeri-analysis.js run as the classic script it is, and a small
// lunr index built with that analysis and the generator's fields and boosts (SearchFields.cs).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';

const require = createRequire(import.meta.url);
export const lunr = require('lunr');
const { stemmer } = require('@orama/stemmers/indonesian');

function loadAnalysis() {
  const page = { lunr, GaleriStemmerId: stemmer };
  page.window = page;
  runInNewContext(readFileSync(new URL('../../assets/js/galeri-analysis.js', import.meta.url), 'utf8'), page);
  return page.GaleriAnalysis;
}

export const analysis = loadAnalysis();

const FIELDS = [['nama', 10], ['akronim', 10], ['tag', 5], ['penghargaan', 4], ['ringkasan', 3], ['opd', 2], ['urusan', 2], ['isi', 1]];

// Entries shaped like the results store (SearchStore.cs: keys, facets under their own keys) plus the indexed text.
export const KEYS = { id: 'id', url: 'u', nama: 'n', akronim: 'a', ringkasan: 'r', gambar: 'g', opd: 'opd', status: 'status', tahun: 'tahun' };
export const DOCS = [
  { id: 'siap-uji-kir', u: 'inovasi/siap-uji-kir/', n: 'Aplikasi Siap Uji KIR Online', a: 'Siap Uji KIR', r: 'Pendaftaran uji kendaraan bermotor secara daring.', opd: 'dishub', urusan: 'perhubungan', tahun: 2018, jenis: 'digital', tahapan: 'penerapan', status: 'aktif', penghargaan: 'ya', tag: 'kir kendaraan', isi: 'Pemilik kendaraan mendaftar dari rumah sehingga antrean berkurang.', hadiah: 'Top 99 KIPP' },
  { id: 'data-go', u: 'inovasi/data-go/', n: 'Satu Data Go', a: '', r: 'Portal data terbuka kota untuk warga dan peneliti.', opd: 'diskominsta', urusan: 'komunikasi', tahun: 2019, jenis: 'digital', tahapan: 'penerapan', status: 'berkembang', tag: 'data terbuka', isi: 'Kumpulan data yang dapat diunduh dari satu pintu. Dinas mengajak warga memakai data.' },
  { id: 'si-lacak', u: 'inovasi/si-lacak/', n: 'Layanan Pelacakan Berkas Perizinan', a: 'Si Lacak Izin', r: 'Pemohon izin melacak berkas dan pelayanan perizinan.', opd: 'dpmptsp', urusan: 'penanaman-modal', tahun: 2019, jenis: 'digital', tahapan: 'penerapan', status: 'aktif', tag: 'izin', isi: 'Petugas melayani pemohon lebih cepat. Data izin satu tahun.' },
  { id: 'jemput-bola', u: 'inovasi/jemput-bola/', n: 'Jemput Bola Adminduk', a: '', r: 'Petugas mendatangi warga rentan untuk perekaman data kependudukan.', opd: 'disdukcapil', urusan: 'adminduk', tahun: 2017, jenis: 'nondigital', tahapan: 'uji-coba', status: 'dihentikan', tag: 'kependudukan', isi: 'Kedatangan petugas dijadwalkan per kelurahan; bantuan sosial tepat sasaran.' },
  { id: 'peta-rawan', u: 'inovasi/peta-rawan/', n: 'Peta Rawan Banjir', a: '', r: 'Peta genangan untuk warga.', opd: 'dpupr', urusan: 'pekerjaan-umum', tahun: '', jenis: 'digital', tahapan: 'penerapan', status: '', tag: 'peta banjir', isi: 'Tata ruang dan saluran. Angkutan material.' }
];

export const LABELS = {
  opd: { dishub: 'Dishub', diskominsta: 'Diskominsta', dpmptsp: 'DPMPTSP', disdukcapil: 'Disdukcapil', dpupr: 'DPUPR' },
  opd_nama: { dishub: 'Dinas Perhubungan' },
  urusan: {},
  jenis: { digital: 'Digital', nondigital: 'Nondigital' },
  tahapan: { 'uji-coba': 'Uji Coba', penerapan: 'Penerapan' },
  status: { aktif: 'Aktif', berkembang: 'Berkembang', vakum: 'Vakum', dihentikan: 'Dihentikan' },
  penghargaan: { ya: 'Pernah mendapat penghargaan' },
  tahun: {}
};

export const FACET_LIST = [
  { key: 'opd', order: 'label' }, { key: 'urusan', order: 'label' }, { key: 'jenis', order: 'store' },
  { key: 'tahapan', order: 'store' }, { key: 'status', order: 'store' }, { key: 'penghargaan', order: 'store' }, { key: 'tahun', order: 'desc' }
];

// Synonym groups as the store holds them: each member as written and as index terms.
const member = (t) => ({ t, s: analysis.analyze(t) });
export const STORE = {
  keys: KEYS,
  facets: FACET_LIST,
  labels: LABELS,
  docs: DOCS,
  synonyms: [['transportasi', 'perhubungan', 'angkutan'].map(member), ['bansos', 'bantuan sosial'].map(member)]
};

// Known words as kata.js holds them (KnownWords.ForBrowser): "pajak" is a word, not a typo of "ajak".
export const KATA = 'ajak banjar nelayan pajak';

export function buildIndex(docs = DOCS) {
  const registered = lunr.Pipeline.registeredFunctions;
  return lunr(function () {
    this.tokenizer = (text, metadata) => analysis.tokenize(text == null ? '' : String(text)).map((t) => new lunr.Token(t, lunr.utils.clone(metadata) || {}));
    this.pipeline.reset();
    this.pipeline.add(registered['galeri-stopwords-id'], registered['galeri-stemmer-id']);
    this.searchPipeline.reset();
    this.ref('id');
    for (const [name, boost] of FIELDS) this.field(name, { boost });
    for (const doc of docs) {
      this.add({ id: doc.id, nama: doc.n, akronim: doc.a, tag: doc.tag, ringkasan: doc.r, penghargaan: doc.hadiah, opd: LABELS.opd[doc.opd], urusan: doc.urusan, isi: doc.isi });
    }
  });
}

export const index = buildIndex();
export const TRAILING = lunr.Query.wildcard.TRAILING;

// ---- The split index (SearchFiles.cs) made from the lunr index above, as the build writes it ----
// Entries are numbered by name; each term's weights are lunr's field scores (BM25 × boost), summed
// over the fields other than the body (with a bit per field) and kept apart for the body; shards by
// the first two letters; name pairs from the analysed names. Encoded with the build's code (PostingCode.cs).
import { ALPHABET, WEIGHT_STEPS } from '../../src/search/codes.js';
import { createSplitIndex, shardPart } from '../../src/search/split-index.js';
import { createPartLoader } from '../../src/search/parts.js';

export function encodeNumber(v) {
  let s = ALPHABET.charAt(32 + (v & 31));
  for (v = Math.floor(v / 32); v > 0; v = Math.floor(v / 32)) s = ALPHABET.charAt(v & 31) + s;
  return s;
}
const weightCode = (w) => Math.min(1023, Math.round(Math.log(1 + w) * WEIGHT_STEPS));

export const BY_NAME = [...DOCS].sort((a, b) => a.n.localeCompare(b.n, 'id', { sensitivity: 'base' }));
const HEAD = FIELDS.map(([f]) => f).filter((f) => f !== 'isi');

function facetColumn(key) {
  const values = [];
  const col = BY_NAME.map((doc) => {
    const v = doc[key] === undefined || doc[key] === null || doc[key] === '' ? null : String(doc[key]);
    if (v === null) return ALPHABET.charAt(0);
    if (values.indexOf(v) < 0) values.push(v);
    return ALPHABET.charAt(values.indexOf(v) + 1);
  }).join('');
  return { values, w: 1, col };
}

export function splitParts(lunrIndex = index, keyLength = 2) {
  const number = {};
  BY_NAME.forEach((doc, i) => { number[doc.id] = i; });
  const score = (field, ref, termIndex) => {
    const el = lunrIndex.fieldVectors[field + '/' + ref].elements;
    for (let k = 0; k < el.length; k += 2) if (el[k] === termIndex) return el[k + 1];
    return 0;
  };
  const shards = {};
  const shardOf = (t) => { const k = t.slice(0, keyLength); return (shards[k] = shards[k] || { t: [], p: [], f: {} }); };
  for (const term of Object.keys(lunrIndex.invertedIndex).sort()) {
    const posting = lunrIndex.invertedIndex[term], perDoc = {};
    for (const field of lunrIndex.fields) {
      for (const ref of Object.keys(posting[field])) {
        const d = number[ref], e = (perDoc[d] = perDoc[d] || { mask: 0, head: 0, body: 0 });
        const s = score(field, ref, posting._index);
        if (field === 'isi') e.body += s; else { e.head += s; e.mask |= 1 << HEAD.indexOf(field); }
      }
    }
    let head = '', body = '', lh = -1, lb = -1;
    for (const d of Object.keys(perDoc).map(Number).sort((a, b) => a - b)) {
      const e = perDoc[d];
      if (e.mask) { head += encodeNumber(d - lh) + encodeNumber(e.mask) + encodeNumber(weightCode(e.head)); lh = d; }
      if (e.body > 0) { body += encodeNumber(d - lb) + encodeNumber(weightCode(e.body)); lb = d; }
    }
    const shard = shardOf(term);
    shard.t.push(term);
    shard.p.push(head + '~' + body);
  }
  BY_NAME.forEach((doc, d) => {
    const stems = analysis.analyze(doc.n);
    for (let k = 0; k + 1 < stems.length; k++) {
      const f = shardOf(stems[k]).f, pair = stems[k] + ' ' + stems[k + 1];
      f[pair] = (f[pair] || '') + encodeNumber(d - (f['#' + pair] === undefined ? -1 : f['#' + pair]));
      f['#' + pair] = d;
    }
  });
  const parts = {};
  for (const key of Object.keys(shards)) {
    for (const k of Object.keys(shards[key].f)) if (k.charAt(0) === '#') delete shards[key].f[k];
    parts[shardPart(key)] = shards[key];
  }
  parts.istilah = Object.keys(lunrIndex.invertedIndex).sort().join(' ');
  parts.kata = KATA;
  parts['d/0'] = BY_NAME;
  const meta = {
    v: 3, n: BY_NAME.length, chunk: 32, keys: KEYS, labels: LABELS, head: HEAD,
    facets: FACET_LIST.map((f) => Object.assign({ key: f.key, order: f.order }, facetColumn(f.key))),
    synonyms: STORE.synonyms, shards: Object.keys(shards).sort()
  };
  return { meta, parts };
}

// A loader over parts in memory that records what it was asked to load, and loads after a tick, as a script tag does.
export function memoryLoader(parts) {
  const registry = {}, loads = [];
  const loader = createPartLoader({
    base: '',
    registry: () => registry,
    addScript(src, done, failed) {
      const name = src.replace(/^assets\/search\//, '').replace(/\.js$/, '');
      loads.push(name);
      setTimeout(() => {
        if (!Object.prototype.hasOwnProperty.call(parts, name)) { failed(); return; }
        registry[name] = parts[name];
        done();
      }, 0);
    }
  });
  return { loader, loads };
}

// Every part already there: for tests of parsing and ranking, which run synchronously.
export function loadedIndex() {
  const { meta, parts } = splitParts();
  const loader = { get: (name) => parts[name], load: (name) => Promise.resolve(parts[name]), loadAll: (names) => Promise.resolve(names.map((n) => parts[n])) };
  return { meta, index: createSplitIndex(meta, loader), loader };
}
