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

const FIELDS = [['nama', 10], ['akronim', 10], ['tag', 5], ['ringkasan', 3], ['opd', 2], ['urusan', 2], ['isi', 1]];

// Entries shaped like the results store (id, u, n, a, r, o, ur, y, j, t, s) plus the indexed text.
export const DOCS = [
  { id: 'siap-uji-kir', u: 'inovasi/siap-uji-kir/', n: 'Aplikasi Siap Uji KIR Online', a: 'Siap Uji KIR', r: 'Pendaftaran uji kendaraan bermotor secara daring.', o: 'dishub', ur: 'perhubungan', y: 2018, j: 'digital', t: 'penerapan', s: 'aktif', tag: 'kir kendaraan', isi: 'Pemilik kendaraan mendaftar dari rumah sehingga antrean berkurang.' },
  { id: 'data-go', u: 'inovasi/data-go/', n: 'Data Go', a: '', r: 'Portal data terbuka kota untuk warga dan peneliti.', o: 'diskominsta', ur: 'komunikasi', y: 2019, j: 'digital', t: 'penerapan', s: 'berkembang', tag: 'data terbuka', isi: 'Kumpulan data yang dapat diunduh.' },
  { id: 'si-lacak', u: 'inovasi/si-lacak/', n: 'Layanan Pelacakan Berkas Perizinan', a: 'Si Lacak Izin', r: 'Pemohon izin melacak berkas dan pelayanan perizinan.', o: 'dpmptsp', ur: 'penanaman-modal', y: 2019, j: 'digital', t: 'penerapan', s: 'aktif', tag: 'izin', isi: 'Petugas melayani pemohon lebih cepat.' },
  { id: 'jemput-bola', u: 'inovasi/jemput-bola/', n: 'Jemput Bola Adminduk', a: '', r: 'Petugas mendatangi warga rentan untuk perekaman data kependudukan.', o: 'disdukcapil', ur: 'adminduk', y: 2017, j: 'nondigital', t: 'uji-coba', s: 'dihentikan', tag: 'kependudukan', isi: 'Kedatangan petugas dijadwalkan per kelurahan.' },
  { id: 'peta-rawan', u: 'inovasi/peta-rawan/', n: 'Peta Rawan Banjir', a: '', r: 'Peta genangan untuk warga.', o: 'dpupr', ur: 'pekerjaan-umum', y: '', j: 'digital', t: 'penerapan', s: '', tag: 'peta banjir', isi: 'Tata ruang dan saluran.' }
];

export const LABELS = {
  opd: { dishub: 'Dishub', diskominsta: 'Diskominsta', dpmptsp: 'DPMPTSP', disdukcapil: 'Disdukcapil', dpupr: 'DPUPR' },
  opd_nama: { dishub: 'Dinas Perhubungan' },
  jenis: { digital: 'Digital', nondigital: 'Nondigital' },
  tahapan: { 'uji-coba': 'Uji Coba', penerapan: 'Penerapan' },
  status: { aktif: 'Aktif', berkembang: 'Berkembang', vakum: 'Vakum', dihentikan: 'Dihentikan' }
};

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
      this.add({ id: doc.id, nama: doc.n, akronim: doc.a, tag: doc.tag, ringkasan: doc.r, opd: LABELS.opd[doc.o], urusan: doc.ur, isi: doc.isi });
    }
  });
}

export const index = buildIndex();
export const TRAILING = lunr.Query.wildcard.TRAILING;
