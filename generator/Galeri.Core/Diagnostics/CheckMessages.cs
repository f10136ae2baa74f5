namespace Galeri.Diagnostics;

/// <summary>
/// Messages of the checks that tell everything in one run (issue 12): YAML mistakes as writers
/// make them, explained with their usual fix; codes; privacy of contacts. Kept beside
/// <see cref="DiagnosticMessages"/>, which formats them.
/// </summary>
internal static class CheckMessages
{
    public static readonly Dictionary<string, (string Id, string En)> Texts = new(StringComparer.Ordinal)
    {
        // YAML syntax, by what the writer most likely did (see Yaml/YamlSyntaxHints).
        ["yaml-colon-in-text"] = ("Isi kolom \"{0}\" memuat ': ' (titik dua lalu spasi), yang dibaca YAML sebagai awal kolom baru. Apit teks yang memuat ': ' dengan tanda petik, misalnya {0}: \"{1}\".",
                                  "The value of \"{0}\" contains ': ' (a colon and a space), which YAML reads as the start of a new field. Put text that contains ': ' in quotes, e.g. {0}: \"{1}\"."),
        ["yaml-indentation"] = ("Indentasi baris ini (jumlah spasi di awalnya) tidak sejajar dengan baris di atasnya. Sub-kolom dan butir daftar dari satu kolom harus menjorok dengan jumlah spasi yang sama; kolom baru dimulai di tepi kiri. Teks panjang tulis dalam satu baris atau apit dengan tanda petik.",
                                "This line's indentation (the spaces at its start) does not line up with the lines above. Sub-fields and list items of one field must be indented by the same number of spaces; a new field starts at the left edge. Write long text on one line or put it in quotes."),
        ["yaml-missing-colon"] = ("Baris ini tidak berbentuk \"kolom: isi\". Tambahkan titik dua dan spasi sesudah nama kolom (misalnya akronim: Siap Uji KIR), atau hapus baris ini.",
                                  "This line is not of the form \"field: value\". Add a colon and a space after the field name (e.g. akronim: Siap Uji KIR), or remove the line."),
        ["yaml-unclosed-quote"] = ("Tanda petik yang dibuka di sini tidak ditutup. Tambahkan tanda petik penutup di akhir teks, pada baris yang sama.",
                                   "The quote opened here is not closed. Add the closing quote at the end of the text, on the same line."),
        ["yaml-quote-inside"] = ("Tanda petik di dalam teks mengakhiri teks lebih awal. Apit teks dengan tanda petik jenis lain (\"...\" bila teks memuat ', '...' bila memuat \"), atau tulis tanda petik tunggal di dalamnya dua kali ('').",
                                 "A quote inside the text ends it early. Put the text in the other kind of quotes (\"...\" when it contains ', '...' when it contains \"), or write a single quote inside it twice ('')."),
        ["yaml-special-start"] = ("Isi kolom diawali karakter {0}, yang punya arti khusus di YAML. Apit seluruh isinya dengan tanda petik, misalnya \"{1}\".",
                                  "The value starts with {0}, which has a special meaning in YAML. Put the whole value in quotes, e.g. \"{1}\"."),
        ["yaml-backslash"] = ("Di dalam tanda petik ganda, tanda \\ dibaca sebagai awal kode khusus. Apit teks dengan tanda petik tunggal ('...') atau tulis \\ dua kali.",
                              "Inside double quotes, a \\ starts a special code. Put the text in single quotes ('...') or write the \\ twice."),
        ["yaml-unfinished"] = ("Struktur YAML tidak selesai: kurung [ atau {{ atau tanda petik yang dibuka tidak ditutup. Tutup dengan ] atau }} atau tanda petik, atau tulis daftar sebagai baris-baris yang diawali '- '.",
                               "The YAML is unfinished: an opening [ or {{ or quote is not closed. Close it with ] or }} or the quote, or write the list as lines starting with '- '."),

        ["front-matter-unclosed"] = ("Front matter yang dibuka dengan '---' di baris ini tidak ditutup. Tambahkan baris '---' sesudah kolom terakhir, kemungkinan sesudah baris {0}.",
                                     "The front matter opened with '---' on this line is not closed. Add a '---' line after the last field, probably after line {0}."),
        ["not-utf8"] = ("Berkas tidak tersimpan dalam pengodean UTF-8: byte yang tidak sah pertama ada di baris ini, kolom {0} (sering huruf beraksen atau tanda kutip lengkung dari Word). Simpan ulang berkas sebagai UTF-8.",
                        "The file is not UTF-8 encoded: the first invalid byte is on this line, column {0} (often an accented letter or a curly quote from Word). Save the file again as UTF-8."),

        ["type-text-list"] = ("\"{0}\" harus berupa daftar teks, misalnya [uji kir, kendaraan]; tertulis angka {1}. Bila angka itu memang dimaksud sebagai teks, tulis [\"{1}\"].",
                              "\"{0}\" must be a list of texts such as [uji kir, kendaraan]; found the number {1}. If the number is meant as text, write [\"{1}\"]."),
        ["code-format"] = ("Kode \"{0}\" memuat karakter yang tidak boleh ada dalam kode ({1}). Gunakan huruf kecil a-z, angka, tanda hubung '-' atau garis bawah '_', misalnya \"{2}\".",
                           "Code \"{0}\" contains characters a code cannot have ({1}). Use lowercase a-z, digits, hyphens '-' or underscores '_', e.g. \"{2}\"."),
        ["code-address-clash"] = ("Kode \"{0}\" dan \"{1}\" (baris {2}) menghasilkan alamat halaman yang sama, \"{3}\". Ganti salah satu kodenya.",
                                  "Codes \"{0}\" and \"{1}\" (line {2}) make the same page address, \"{3}\". Change one of them."),
        ["contact-personal-phone"] = ("\"{0}\" memuat nomor ponsel pribadi ({1}). Kontak untuk tim studi tiru harus milik lembaga: tulis telepon kantor, misalnya (0293) 362405, atau nomor layanan resmi.",
                                      "\"{0}\" holds a personal mobile number ({1}). Contacts for visiting teams must be institutional: write the office phone, e.g. (0293) 362405, or an official service number."),
        ["contact-personal-email"] = ("\"{0}\" memakai alamat e-mail pribadi ({1}). Kontak untuk tim studi tiru harus milik lembaga, misalnya dishub@magelangkota.go.id.",
                                      "\"{0}\" uses a personal e-mail address ({1}). Contacts for visiting teams must be institutional, e.g. dishub@magelangkota.go.id."),
    };
}
