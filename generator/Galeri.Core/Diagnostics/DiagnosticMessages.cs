using System.Globalization;

namespace Galeri.Diagnostics;

/// <summary>
/// The text of every rule, in Bahasa Indonesia (for OPD staff, the default) and English.
/// Each message says what is wrong and how to fix it.
/// </summary>
internal static class DiagnosticMessages
{
    private static readonly Dictionary<string, (string Id, string En)> Texts = new(StringComparer.Ordinal)
    {
        ["yaml-syntax"] = ("Penulisan YAML salah: {0}. Periksa titik dua, tanda kutip dan indentasi (spasi, bukan tab).",
                           "YAML syntax error: {0}. Check colons, quotes and indentation (spaces, not tabs)."),
        ["yaml-tab"] = ("Baris ini diindentasi dengan karakter tab. YAML hanya menerima spasi: ganti tab dengan dua spasi.",
                        "This line is indented with a tab. YAML accepts only spaces: replace the tab with two spaces."),
        ["yaml-alias"] = ("Alias YAML (*{0}) tidak diizinkan. Tulis nilainya secara langsung.",
                          "YAML aliases (*{0}) are not allowed. Write the value out directly."),
        ["yaml-multiple-documents"] = ("Berkas hanya boleh berisi satu dokumen YAML. Hapus baris '---' tambahan.",
                                       "A file may hold only one YAML document. Remove the extra '---' line."),
        ["duplicate-key"] = ("Kolom \"{0}\" ditulis lebih dari sekali. Hapus salah satunya.",
                             "Field \"{0}\" is written more than once. Remove one of them."),
        ["front-matter-missing"] = ("Berkas harus diawali front matter: baris '---', kolom-kolom YAML, lalu baris '---'.",
                                    "The file must start with front matter: a '---' line, the YAML fields, then a '---' line."),
        ["not-a-map"] = ("Isi berkas harus berupa pasangan kolom: nilai (map YAML).",
                         "The file must contain field: value pairs (a YAML map)."),
        ["not-a-list"] = ("Isi berkas harus berupa daftar (setiap butir diawali '- ').",
                          "The file must contain a list (each item starts with '- ')."),
        ["required"] = ("Kolom wajib \"{0}\" belum diisi.",
                        "Required field \"{0}\" is missing or empty."),
        ["type-text"] = ("\"{0}\" harus berupa teks, bukan daftar atau map.",
                         "\"{0}\" must be text, not a list or a map."),
        ["type-list"] = ("\"{0}\" harus berupa daftar: setiap butir di baris sendiri diawali '- '.",
                         "\"{0}\" must be a list: each item on its own line starting with '- '."),
        ["type-map"] = ("\"{0}\" harus berisi sub-kolom (kolom: nilai) yang diindentasi di bawahnya.",
                        "\"{0}\" must hold indented sub-fields (field: value)."),
        ["type-integer"] = ("\"{0}\" harus berupa bilangan bulat, misalnya 2023; tertulis \"{1}\".",
                            "\"{0}\" must be a whole number such as 2023; found \"{1}\"."),
        ["type-number"] = ("\"{0}\" harus berupa angka (gunakan titik untuk desimal, misalnya 12.5); tertulis \"{1}\".",
                           "\"{0}\" must be a number (use a dot for decimals, e.g. 12.5); found \"{1}\"."),
        ["type-boolean"] = ("\"{0}\" harus bernilai true atau false; tertulis \"{1}\".",
                            "\"{0}\" must be true or false; found \"{1}\"."),
        ["out-of-range"] = ("\"{0}\" harus antara {1} dan {2}; tertulis {3}.",
                            "\"{0}\" must be between {1} and {2}; found {3}."),
        ["enum"] = ("Nilai \"{1}\" tidak dikenal untuk \"{0}\". Pilihan yang benar: {2}.{3}",
                    "Unknown value \"{1}\" for \"{0}\". Valid values: {2}.{3}"),
        ["unknown-key"] = ("Kolom \"{0}\" tidak dikenal.{1} Periksa ejaannya atau hapus kolom ini.",
                           "Unknown field \"{0}\".{1} Check the spelling or remove the field."),
        ["date-invalid"] = ("\"{1}\" bukan tanggal yang benar untuk \"{0}\". Gunakan format TTTT-BB-HH, misalnya 2023-08-02.",
                            "\"{1}\" is not a valid date for \"{0}\". Use the format YYYY-MM-DD, e.g. 2023-08-02."),
        ["date-order"] = ("tanggal_penerapan ({0}) lebih awal daripada tanggal_uji_coba ({1}). Periksa kedua tanggal.",
                          "tanggal_penerapan ({0}) is before tanggal_uji_coba ({1}). Check both dates."),
        ["penerapan-needs-date"] = ("Inovasi dengan tahapan \"penerapan\" wajib mengisi tanggal_penerapan.",
                                    "An innovation at tahapan \"penerapan\" needs tanggal_penerapan."),
        ["url-invalid"] = ("\"{1}\" bukan tautan yang diizinkan untuk \"{0}\". Tulis alamat lengkap yang diawali https:// atau http://.",
                           "\"{1}\" is not an allowed link for \"{0}\". Write a full address starting with https:// or http://."),
        ["email-invalid"] = ("\"{0}\" bukan alamat e-mail yang benar. Contoh: dishub@magelangkota.go.id.",
                             "\"{0}\" is not a valid e-mail address. Example: dishub@magelangkota.go.id."),
        ["unknown-opd"] = ("OPD \"{0}\" tidak dikenal.{1} Kode OPD harus ada di content/opd.yml{2}",
                           "Unknown OPD \"{0}\".{1} OPD codes must be listed in content/opd.yml{2}"),
        ["unknown-urusan"] = ("Urusan \"{0}\" tidak dikenal.{1} Kode urusan harus ada di content/referensi/urusan.yml{2}",
                              "Unknown urusan \"{0}\".{1} Urusan codes must be listed in content/referensi/urusan.yml{2}"),
        ["unknown-innovation"] = ("Inovasi \"{0}\" tidak ditemukan.{1} Tulis nama folder inovasi di content/inovasi/.",
                                  "Innovation \"{0}\" does not exist.{1} Use the folder name under content/inovasi/."),
        ["unknown-featured"] = ("Inovasi unggulan \"{0}\" tidak ditemukan.{1} Tulis nama folder inovasi di content/inovasi/.",
                                "Featured innovation \"{0}\" does not exist.{1} Use the folder name under content/inovasi/."),
        ["duplicate-code"] = ("Kode \"{0}\" dipakai lebih dari sekali (juga di baris {1}). Setiap kode harus unik.",
                              "Code \"{0}\" is used more than once (also on line {1}). Every code must be unique."),
        ["duplicate-slug"] = ("Alamat halaman \"{0}\" sudah dipakai oleh {1}. Ganti nama folder atau berkas.",
                              "The page address \"{0}\" is already used by {1}. Rename the folder or file."),
        ["slug-format"] = ("Nama \"{0}\" tidak boleh dipakai sebagai alamat. Gunakan huruf kecil a-z, angka dan tanda hubung, misalnya \"{1}\".",
                           "\"{0}\" cannot be used as an address. Use lowercase a-z, digits and hyphens, e.g. \"{1}\"."),
        ["image-path"] = ("Berkas gambar \"{0}\" harus berada di folder inovasi ini. Tulis nama berkasnya saja, misalnya foto-layanan.jpg.",
                          "Image \"{0}\" must be inside this innovation's folder. Write just the file name, e.g. foto-layanan.jpg."),
        ["image-missing"] = ("Berkas gambar \"{0}\" tidak ditemukan di folder inovasi. Unggah berkasnya atau perbaiki namanya (huruf besar/kecil berpengaruh).",
                             "Image \"{0}\" is not in the innovation's folder. Upload it or fix the name (case matters)."),
        ["image-type"] = ("Berkas gambar \"{0}\" harus berformat .jpg, .jpeg, .png, .webp, .gif atau .svg.",
                          "Image \"{0}\" must be a .jpg, .jpeg, .png, .webp, .gif or .svg file."),
        ["section-missing"] = ("Bagian wajib \"## {0}\" belum ada di isi halaman. Tambahkan judul bagian itu beserta isinya.",
                               "Required section \"## {0}\" is missing from the body. Add that heading and its text."),
        ["section-empty"] = ("Bagian \"## {0}\" masih kosong. Tuliskan isinya.",
                             "Section \"## {0}\" is empty. Write its text."),
        ["optional-section-empty"] = ("Bagian \"## {0}\" masih kosong dan tidak akan ditampilkan. Tuliskan isinya atau hapus judulnya.",
                                      "Section \"## {0}\" is empty and will not be shown. Write its text or remove the heading."),
        ["section-duplicate"] = ("Bagian \"## {0}\" ditulis lebih dari sekali. Gabungkan isinya.",
                                 "Section \"## {0}\" appears more than once. Merge them."),
        ["section-recommended"] = ("Bagian \"## {0}\" belum ada. Bagian ini tidak wajib, tetapi sangat membantu tim studi tiru.",
                                   "Section \"## {0}\" is missing. It is optional but very helpful to visiting delegations."),
        ["section-unknown"] = ("Bagian \"## {0}\" tidak dikenal; akan ditampilkan setelah bagian baku.{1}",
                               "Section \"## {0}\" is not a standard section; it is shown after the standard ones.{1}"),
        ["text-before-section"] = ("Ada teks sebelum bagian pertama. Pindahkan ke bawah \"## Latar Belakang\" atau ke kolom ringkasan.",
                                   "There is text before the first section. Move it under \"## Latar Belakang\" or into ringkasan."),
        ["raw-html"] = ("Isi halaman memuat HTML mentah; HTML tidak dijalankan dan akan tampil sebagai teks. Gunakan format Markdown.",
                        "The body contains raw HTML; it is not rendered and will show as text. Use Markdown instead."),
        ["unsafe-link"] = ("Tautan \"{0}\" di isi halaman tidak diizinkan dan dihapus. Gunakan alamat https://, mailto: atau tel:.",
                           "Link \"{0}\" in the body is not allowed and was removed. Use https://, mailto: or tel: addresses."),
        ["summary-too-long"] = ("Ringkasan terdiri dari {0} kata. Usahakan paling banyak 80 kata agar mudah dibaca.",
                                "The summary has {0} words. Keep it to 80 words or fewer."),
        ["stale-update"] = ("Data terakhir diperbarui {0}, lebih dari {1} tahun lalu. Periksa apakah isinya masih benar, lalu perbarui tanggal diperbarui.",
                            "Last updated {0}, more than {1} years ago. Check the content is still right, then update diperbarui."),
        ["active-without-impact"] = ("Inovasi berstatus aktif belum mencantumkan dampak. Tambahkan kolom dampak (indikator sebelum dan sesudah) agar tim studi tiru bisa menilai hasilnya.",
                                     "An active innovation lists no impact. Add dampak (indicators before and after) so visitors can judge its results."),
        ["image-too-large"] = ("Berkas gambar \"{0}\" berukuran {1} KB, lebih dari 1 MB, dan tidak diperkecil otomatis (hanya foto JPEG, PNG dan WebP yang diperkecil). Perkecil gambarnya, atau simpan sebagai JPEG/PNG, agar halaman cepat dibuka di ponsel.",
                               "Image \"{0}\" is {1} KB, over 1 MB, and is not resized by the build (only JPEG, PNG and WebP photos are). Make it smaller, or save it as JPEG/PNG, so pages load fast on phones."),
        ["photo-unreadable"] = ("Berkas \"{0}\" tidak dapat dibaca sebagai foto {1}. Simpan ulang foto dari aplikasi galeri atau penyunting gambar, lalu unggah lagi.",
                                "\"{0}\" cannot be read as a {1} photo. Save it again from a photo app or image editor and upload it again."),
        ["photo-name-clash"] = ("Foto \"{0}\" diperkecil menjadi \"{1}\", padahal nama itu sudah dipakai \"{2}\". Ganti nama salah satu berkas.",
                                "Photo \"{0}\" is resized to \"{1}\", a name \"{2}\" already gives. Rename one of the files."),
        ["file-too-large"] = ("Berkas berukuran {0} KB, melebihi batas 1 MB. Pindahkan gambar ke berkas terpisah dan ringkas teksnya.",
                              "The file is {0} KB, over the 1 MB limit. Move images into separate files and shorten the text."),
        ["file-missing"] = ("Berkas wajib ini tidak ditemukan. Buat berkasnya sesuai panduan di content/README.md.",
                            "This required file is missing. Create it as described in content/README.md."),
        ["output-overlaps"] = ("Folder keluaran tidak boleh sama dengan, berada di dalam, atau memuat folder {0}. Pilih folder lain, misalnya --output public.",
                               "The output folder must not be, be inside, or contain the {0} folder. Choose another, e.g. --output public."),
        ["output-foreign"] = ("Folder keluaran berisi berkas yang tidak dibuat oleh galeri, jadi tidak akan ditimpa. Pilih folder kosong atau folder hasil build sebelumnya.",
                              "The output folder holds files galeri did not make, so it will not be replaced. Choose an empty folder or a previous build's output."),
        // Output folder (issue #9: writing the output folder)
        ["output-invalid"] = ("Nama folder keluaran \"{0}\" kosong atau tidak sah. Tulis nama folder, misalnya --output public.",
                              "The output folder name \"{0}\" is empty or not valid. Give a folder name, e.g. --output public."),
        ["output-in-cache"] = ("Folder keluaran \"{0}\" berada di dalam folder cache .galeri-cache, sehingga isi cache ikut diterbitkan. Pilih folder lain, misalnya --output public.",
                               "The output folder \"{0}\" is inside a .galeri-cache folder, so the cache would be published. Choose another, e.g. --output public."),
        ["output-system-folder"] = ("Folder keluaran \"{0}\" adalah akar sistem berkas, folder rumah, atau folder kerja saat ini (atau memuat salah satunya). Folder keluaran diganti utuh pada setiap build, jadi pilih subfolder, misalnya --output public.",
                                    "The output folder \"{0}\" is the file system root, the home folder or the working folder (or holds one of them). The output folder is replaced whole on every build, so choose a subfolder, e.g. --output public."),
        ["reserved-slug"] = ("Nama folder \"{0}\" dipakai oleh halaman katalog sendiri. Pilih nama lain untuk inovasi ini.",
                             "The folder name \"{0}\" is used by the catalog's own pages. Choose another name for this innovation."),
        ["theme-file-missing"] = ("Berkas tema ini tidak ditemukan. Setiap jenis halaman membutuhkan layout-nya di folder layouts/ (lihat README, bagian tema).",
                                  "This theme file is missing. Every kind of page needs its layout in layouts/ (see the README, theme section)."),
        ["search-runtime-missing"] = ("Paket peramban tema (stemmer) belum terpasang. Jalankan \"npm ci\" di folder tema; membangun galeri dengan dotnet melakukannya sendiri.",
                                      "The theme's browser packages (stemmer) are not installed. Run \"npm ci\" in the theme folder; building galeri with dotnet does it for you."),
        ["editor-repo-invalid"] = ("editor.repo \"{0}\" bukan nama repositori GitHub. Tulis pemilik/nama, misalnya balitbang-magelang/galeri-inovasi.",
                                   "editor.repo \"{0}\" is not a GitHub repository name. Write owner/name, e.g. balitbang-magelang/galeri-inovasi."),
        ["editor-runtime-missing"] = ("Paket editor (decap-cms, js-yaml) atau berkas tema admin/ belum ada, padahal site.yml memuat bagian editor. Jalankan \"npm ci\" di folder tema; membangun galeri dengan dotnet melakukannya sendiri.",
                                      "The editor packages (decap-cms, js-yaml) or the theme's admin/ files are missing, but site.yml has an editor section. Run \"npm ci\" in the theme folder; building galeri with dotnet does it for you."),
        ["template-error"] = ("Templat tema gagal diproses: {0}",
                              "The theme template failed: {0}"),
        ["i18n-missing"] = ("Berkas teks antarmuka \"{0}\" tidak ditemukan di folder tema.",
                            "UI strings file \"{0}\" is missing from the theme folder."),
        ["i18n-key-missing"] = ("Templat memakai teks antarmuka \"t.{0}\", tetapi kunci itu tidak ada di i18n/{1}. Tambahkan kuncinya atau perbaiki ejaannya.",
                                "The template uses the UI string \"t.{0}\", but that key is not in i18n/{1}. Add the key or correct its spelling."),

        // Issue #9, parsing hostile text: bounds, hidden characters, numbers, empty lists, base_url.
        ["yaml-too-deep"] = ("Struktur YAML bersarang terlalu dalam (lebih dari {0} tingkat). Kolom entri hanya butuh beberapa tingkat: periksa kurung [ {{ dan indentasinya.",
                             "The YAML nests too deep (more than {0} levels). Entry fields need only a few: check the [ {{ brackets and the indentation."),
        ["hidden-character"] = ("Teks ini memuat karakter tersembunyi {0} (karakter kendali, pembalik arah teks, atau spasi tanpa lebar) yang dapat menyamarkan tulisan. Hapus karakter itu, misalnya dengan mengetik ulang teksnya.",
                                "This text contains the hidden character {0} (a control character, a text direction override or a zero-width space), which can disguise what is written. Remove it, e.g. by typing the text again."),
        ["markdown-too-large"] = ("Isi halaman berukuran {0} KB, melebihi batas 128 KB. Ringkas isinya, atau unggah dokumen lengkapnya di tempat lain dan tautkan lewat tautan.dokumen.",
                                  "The body is {0} KB, over the 128 KB limit. Shorten it, or publish the full document elsewhere and link it in tautan.dokumen."),
        ["markdown-too-deep"] = ("Isi halaman bersarang terlalu dalam mulai baris ini (kutipan '>' atau daftar di dalam daftar, tanda [ yang tidak ditutup, atau penekanan di dalam penekanan). Tulis dengan susunan yang lebih datar.",
                                 "The body nests too deep from this line on (quotes '>' or lists inside lists, unclosed [ brackets, or emphasis inside emphasis). Write it with a flatter structure."),
        ["markdown-too-complex"] = ("Terlalu banyak tanda Markdown di sini ([, *, _, `, ~ dan alamat web; paling banyak {0} dalam satu paragraf dan {1} dalam satu halaman). Pisahkan paragraf dengan baris kosong dan kurangi format.",
                                    "Too many Markdown marks here ([, *, _, `, ~ and web addresses; at most {0} in a paragraph and {1} in a page). Separate paragraphs with blank lines and use less formatting."),
        ["number-separator"] = ("\"{0}\" tertulis \"{1}\" dengan koma atau titik pemisah ribuan. Di sini titik adalah tanda desimal dan ribuan ditulis tanpa pemisah: 1,5 ditulis 1.5 dan 1.500 ditulis 1500.{2}",
                                "\"{0}\" is written \"{1}\", with a comma or thousands dots. Here a dot is the decimal mark and thousands have no separator: write 1,5 as 1.5 and 1.500 as 1500.{2}"),
        ["number-decimals"] = ("\"{0}\" tertulis {1}: paling banyak {2} angka di belakang titik desimal. Bulatkan angkanya.",
                               "\"{0}\" is written {1}: at most {2} digits after the decimal dot. Round the number."),
        ["number-thousands-dot"] = ("\"{0}\" tertulis {1} dan dibaca sebagai pecahan desimal, karena titik adalah tanda desimal. Bila maksudnya ribuan, tulis {2} tanpa titik.",
                                    "\"{0}\" is written {1} and read as a decimal fraction, since a dot is the decimal mark. If thousands were meant, write {2} without the dot."),
        ["list-empty"] = ("Berkas daftar ini kosong. Tuliskan butir-butirnya (setiap butir diawali '- kode: ...') sesuai panduan di content/README.md.",
                          "This list file is empty. Write its items (each starting with '- kode: ...') as described in content/README.md."),
        ["base-url-invalid"] = ("Alamat situs \"{0}\" tidak dapat dipakai. Tulis alamat lengkap seperti https://inovasi.magelangkota.go.id/ (boleh dengan jalur, misalnya .../galeri/), tanpa nama pengguna, tanpa '//' atau '..' di jalurnya, dan tanpa ? atau #.",
                                "The site address \"{0}\" cannot be used. Write a full address such as https://inovasi.magelangkota.go.id/ (a path such as .../galeri/ is fine), with no user name, no '//' or '..' in the path, and no ? or #."),

        // --- What the build reads from the content folder and publishes (issue #9: symlinks, active files, sizes, unreadable files) ---
        ["symlink"] = ("Tautan simbolik (symlink) tidak diizinkan di folder konten, karena bisa menerbitkan berkas dari luar folder ini. Hapus tautannya, lalu salin berkas atau folder aslinya ke sini sebagai berkas biasa.",
                       "Symbolic links are not allowed in the content folder, because they could publish files from outside it. Remove the link, then copy the real file or folder here as a regular file."),
        ["unreadable"] = ("Berkas atau folder ini tidak bisa dibaca (izin akses atau kerusakan disk). Periksa izinnya, misalnya dengan \"chmod a+rX\", lalu jalankan lagi.",
                          "This file or folder cannot be read (permissions or a disk fault). Check its permissions, e.g. with \"chmod a+rX\", and run again."),
        ["active-file"] = ("Berkas berjenis {0} tidak diizinkan di folder inovasi, karena peramban bisa menjalankannya sebagai halaman berskrip di situs ini. Hapus berkasnya; simpan dokumen sebagai .pdf dan gambar sebagai .png atau .jpg.",
                           "{0} files are not allowed in an innovation folder, because a browser could run them as a scripted page on this site. Remove the file; save documents as .pdf and images as .png or .jpg."),
        ["file-type"] = ("Berkas berjenis \"{0}\" tidak bisa diterbitkan dari folder inovasi. Jenis yang diizinkan: {1}. Hapus berkasnya atau simpan ulang dalam salah satu jenis itu (dokumen sebagai .pdf).",
                         "\"{0}\" files cannot be published from an innovation folder. Allowed types: {1}. Remove the file or save it again as one of those types (documents as .pdf)."),
        ["bundle-file-too-large"] = ("Berkas berukuran {0} MB, melebihi batas {1} MB per berkas. Perkecil atau kompres berkasnya (misalnya pindai PDF dengan 150 dpi), atau simpan di situs OPD dan tautkan lewat tautan.dokumen.",
                                     "The file is {0} MB, over the limit of {1} MB per file. Make it smaller or compress it (e.g. scan PDFs at 150 dpi), or host it on the OPD's site and link it with tautan.dokumen."),
        ["bundle-too-large"] = ("Berkas di folder inovasi ini berjumlah {0} MB, melebihi batas {1} MB per inovasi. Hapus berkas yang tidak dipakai atau perkecil gambar dan dokumennya.",
                                "The files in this innovation's folder add up to {0} MB, over the limit of {1} MB per innovation. Remove unused files or make images and documents smaller."),
        ["svg-unsafe"] = ("Gambar SVG ini memuat {0}, yang bisa menjalankan skrip atau memuat isi dari luar, jadi tidak diizinkan. Hapus bagian itu, ekspor ulang sebagai \"Plain SVG\" tanpa skrip dan tautan, atau simpan gambarnya sebagai .png.",
                          "This SVG image contains {0}, which could run script or load content from elsewhere, so it is not allowed. Remove that part, export it again as \"Plain SVG\" without scripts and links, or save the image as .png."),
        ["synonym-not-list"] = ("Berkas sinonim harus berupa daftar kelompok, setiap kelompok satu baris diawali '- ', misalnya: - [bansos, bantuan sosial].",
                                "The synonym file must be a list of groups, one group per line starting with '- ', for example: - [bansos, bantuan sosial]."),
        ["synonym-group"] = ("Setiap kelompok sinonim harus berupa daftar berisi paling sedikit dua kata atau frasa dalam kurung siku, misalnya: - [wifi, wi-fi].",
                             "Each synonym group must be a list of at least two words or phrases in square brackets, for example: - [wifi, wi-fi]."),
        ["synonym-member"] = ("Anggota kelompok sinonim harus berupa satu kata atau frasa pendek, bukan kosong, daftar, atau pasangan kolom: nilai.",
                              "A synonym group member must be one word or short phrase, not empty, a list or a key: value pair."),
        ["synonym-no-word"] = ("\"{0}\" tidak memuat kata yang bisa dicari (hanya kata tugas seperti \"dan\", \"yang\", atau tanda baca). Hapus atau ganti dengan kata yang dicari pengunjung.",
                               "\"{0}\" holds no searchable word (only function words such as \"dan\", \"yang\", or punctuation). Remove it or replace it with a word visitors search for."),
        ["synonym-repeated"] = ("\"{0}\" sudah tercakup oleh \"{1}\" di baris {2}: pencarian menganggap keduanya kata yang sama (kata dasarnya sama). Satu kata hanya boleh ada di satu kelompok: hapus salah satunya, atau gabungkan kedua kelompok.",
                                "\"{0}\" is already covered by \"{1}\" on line {2}: search takes both for the same word (same root). A word may be in one group only: remove one of them, or merge the two groups."),
        ["svg-invalid"] = ("Berkas SVG ini tidak bisa dibaca sebagai XML ({0}). Buka dan simpan ulang di penyunting gambar (misalnya Inkscape), atau simpan gambarnya sebagai .png.",
                           "This SVG file cannot be read as XML ({0}). Open it and save it again in an image editor (e.g. Inkscape), or save the image as .png."),

        // --- Studi tiru fields (issue #10): rupiah, documents and legal basis files ---
        ["rupiah-whole"] = ("\"{0}\" adalah nilai rupiah: tulis angka bulat tanpa titik atau koma, misalnya 125000000; tertulis {1}.",
                            "\"{0}\" is an amount in rupiah: write a whole number without dots or commas, e.g. 125000000; found {1}."),
        ["document-target-missing"] = ("Dokumen \"{0}\" belum menunjuk ke mana pun. Isi berkas (nama berkas di folder inovasi ini) atau tautan (alamat https://).",
                                       "Document \"{0}\" points nowhere. Fill in berkas (a file name in this innovation's folder) or tautan (an https:// address)."),
        ["document-target-both"] = ("Isi salah satu saja: berkas (di folder inovasi) atau tautan (alamat https://), bukan keduanya.",
                                    "Fill in only one: berkas (in the innovation's folder) or tautan (an https:// address), not both."),
        ["document-path"] = ("Berkas \"{0}\" harus berada di folder inovasi ini. Tulis nama berkasnya saja, misalnya sop-layanan.pdf.",
                             "File \"{0}\" must be inside this innovation's folder. Write just the file name, e.g. sop-layanan.pdf."),
        ["document-type"] = ("Berkas \"{0}\" tidak bisa diterbitkan sebagai dokumen. Jenis yang diizinkan: {1}. Simpan ulang dalam salah satu jenis itu (paling aman .pdf).",
                             "File \"{0}\" cannot be published as a document. Allowed types: {1}. Save it again as one of those (.pdf is safest)."),
        ["document-missing"] = ("Berkas \"{0}\" tidak ditemukan di folder inovasi.{1} Unggah berkasnya atau perbaiki namanya (huruf besar/kecil berpengaruh).",
                                "File \"{0}\" is not in the innovation's folder.{1} Upload it or fix the name (case matters)."),
        ["document-unnamed"] = ("Berkas {0} hanya diterbitkan bila disebut di kolom dokumen atau dasar_hukum (berkas: {1}). Tambahkan butir dokumen untuknya, atau hapus berkasnya.",
                                "{0} files are published only when dokumen or dasar_hukum names them (berkas: {1}). Add a dokumen item for it, or remove the file."),
        ["macro-file"] = ("Berkas berjenis {0} dapat memuat makro yang berjalan di komputer pengunduh, jadi tidak diterbitkan. Simpan ulang tanpa makro (.docx, .xlsx, .pptx) atau sebagai .pdf.",
                          "{0} files can carry macros that run on the downloader's computer, so they are not published. Save again without macros (.docx, .xlsx, .pptx) or as .pdf."),
        ["office-invalid"] = ("Berkas ini bernama {0}, tetapi isinya bukan dokumen {0} yang utuh ({1}). Simpan ulang dari aplikasi perkantorannya, atau simpan sebagai .pdf.",
                              "This file is named {0} but is not a whole {0} document ({1}). Save it again from the office application, or save it as .pdf."),
        ["handout-no-base-url"] = ("base_url belum diisi, jadi lembar studi tiru yang dicetak tidak memuat kode QR ke halaman inovasi. Isi base_url di content/site.yml (misalnya https://inovasi.magelangkota.go.id/) atau bangun dengan --base-url.",
                                   "base_url is not set, so the printed studi tiru handouts carry no QR code to the innovation's page. Set base_url in content/site.yml (e.g. https://inovasi.magelangkota.go.id/) or build with --base-url."),
        ["office-macro"] = ("Dokumen {0} ini memuat makro atau kontrol aktif ({1}), jadi tidak diterbitkan. Simpan ulang tanpa makro, atau sebagai .pdf.",
                            "This {0} document carries macros or active controls ({1}), so it is not published. Save it again without macros, or as .pdf."),
    };

    // Which argument of a rule holds a "did you mean" suggestion (raw value, or "" for none):
    // it is phrased in the report's language when the message is formatted.
    private static readonly Dictionary<string, int> SuggestionArgument = new(StringComparer.Ordinal)
    {
        ["enum"] = 3,
        ["unknown-key"] = 1,
        ["unknown-opd"] = 1,
        ["unknown-urusan"] = 1,
        ["unknown-innovation"] = 1,
        ["unknown-featured"] = 1,
        ["section-unknown"] = 1,
        ["number-separator"] = 2,
        ["document-missing"] = 1,
    };

    // Which argument of a rule holds the list of valid codes (joined with ", ", or "" for none).
    private static readonly Dictionary<string, int> CodeListArgument = new(StringComparer.Ordinal)
    {
        ["unknown-opd"] = 2,
        ["unknown-urusan"] = 2,
    };

    public static IReadOnlyCollection<string> Rules => [.. Texts.Keys, .. CheckMessages.Texts.Keys];

    public static string Format(string rule, IReadOnlyList<string> args, string language)
    {
        if (!Texts.TryGetValue(rule, out var text) && !CheckMessages.Texts.TryGetValue(rule, out text))
            return rule + (args.Count > 0 ? ": " + string.Join(", ", args) : "");
        // Arguments added to a rule later (the list of valid codes) read as empty in older reports.
        var values = args.Cast<object>().Concat(Enumerable.Repeat<object>("", 4)).ToArray();
        if (SuggestionArgument.TryGetValue(rule, out var index))
            values[index] = DidYouMean((string)values[index], language);
        if (CodeListArgument.TryGetValue(rule, out var list))
            values[list] = ValidCodes((string)values[list], language);
        var template = language == "en" ? text.En : text.Id;
        return string.Format(CultureInfo.InvariantCulture, template, values);
    }

    private static string ValidCodes(string codes, string language) =>
        codes.Length == 0 ? "." : language == "en" ? $". Valid codes: {codes}." : $". Kode yang ada: {codes}.";

    private static string DidYouMean(string suggestion, string language) =>
        suggestion.Length == 0 ? "" : language == "en" ? $" Did you mean \"{suggestion}\"?" : $" Maksud Anda \"{suggestion}\"?";
}
