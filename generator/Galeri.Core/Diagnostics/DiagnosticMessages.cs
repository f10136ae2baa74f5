using System.Globalization;

namespace Galeri.Diagnostics;

/// <summary>
/// The text of every rule, in Bahasa Indonesia (for OPD staff, the default) and English.
/// Each message says what is wrong and how to fix it.
/// </summary>
public static class DiagnosticMessages
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
        ["front-matter-unclosed"] = ("Front matter tidak ditutup. Tambahkan baris '---' setelah kolom terakhir.",
                                     "The front matter is not closed. Add a '---' line after the last field."),
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
        ["unknown-opd"] = ("OPD \"{0}\" tidak dikenal.{1} Kode OPD harus ada di content/opd.yml.",
                           "Unknown OPD \"{0}\".{1} OPD codes must be listed in content/opd.yml."),
        ["unknown-urusan"] = ("Urusan \"{0}\" tidak dikenal.{1} Kode urusan harus ada di content/referensi/urusan.yml.",
                              "Unknown urusan \"{0}\".{1} Urusan codes must be listed in content/referensi/urusan.yml."),
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
        ["image-too-large"] = ("Berkas gambar \"{0}\" berukuran {1} KB, lebih dari 1 MB. Perkecil gambarnya (misalnya lebar 1600 piksel) agar halaman cepat dibuka di ponsel.",
                               "Image \"{0}\" is {1} KB, over 1 MB. Make it smaller (e.g. 1600 pixels wide) so pages load fast on phones."),
        ["not-utf8"] = ("Berkas tidak tersimpan dalam pengodean UTF-8. Simpan ulang sebagai UTF-8.",
                        "The file is not UTF-8 encoded. Save it again as UTF-8."),
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
        ["search-runtime-missing"] = ("Paket peramban tema (lunr, stemmer) belum terpasang. Jalankan \"npm ci\" di folder tema; membangun galeri dengan dotnet melakukannya sendiri.",
                                      "The theme's browser packages (lunr, stemmer) are not installed. Run \"npm ci\" in the theme folder; building galeri with dotnet does it for you."),
        ["template-error"] = ("Templat tema gagal diproses: {0}",
                              "The theme template failed: {0}"),
        ["i18n-missing"] = ("Berkas teks antarmuka \"{0}\" tidak ditemukan di folder tema.",
                            "UI strings file \"{0}\" is missing from the theme folder."),
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
    };

    public static IReadOnlyCollection<string> Rules => Texts.Keys;

    public static string Format(string rule, IReadOnlyList<string> args, string language)
    {
        if (!Texts.TryGetValue(rule, out var text))
            return rule + (args.Count > 0 ? ": " + string.Join(", ", args) : "");
        var values = args.Cast<object>().ToArray();
        if (SuggestionArgument.TryGetValue(rule, out var index) && index < values.Length)
            values[index] = DidYouMean((string)values[index], language);
        var template = language == "en" ? text.En : text.Id;
        return string.Format(CultureInfo.InvariantCulture, template, values);
    }

    private static string DidYouMean(string suggestion, string language) =>
        suggestion.Length == 0 ? "" : language == "en" ? $" Did you mean \"{suggestion}\"?" : $" Maksud Anda \"{suggestion}\"?";
}
