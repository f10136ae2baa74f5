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
