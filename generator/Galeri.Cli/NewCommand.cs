using System.CommandLine;
using System.Globalization;
using Galeri.Build;
using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Scaffolding;
using Galeri.Schema;
using Galeri.Text;

namespace Galeri.Cli;

/// <summary>
/// <c>galeri new inovasi --opd dishub --nama "Siap Uji KIR Online"</c> and
/// <c>galeri new kunjungan --tanggal 2024-05-21 --instansi "…" --tuan-rumah dinsos</c>:
/// a new file with every field and a hint on each. Refuses an existing address or an unknown OPD.
/// </summary>
public static class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", "Membuat berkas konten baru dari templat: inovasi atau kunjungan.");
        command.Add(Innovation());
        command.Add(Visit());
        return command;
    }

    private static Command Innovation()
    {
        var content = ContentFolder.Option();
        var name = new Option<string>("--nama") { Description = "Nama inovasi", Required = true };
        var opd = new Option<string>("--opd") { Description = "Kode OPD pengelola, dari content/opd.yml", Required = true };
        var slug = new Option<string?>("--slug") { Description = "Nama folder (default: dibuat dari nama)" };
        var command = new Command("inovasi", "Membuat content/inovasi/<slug>/index.md berisi semua kolom.") { content, name, opd, slug };
        command.SetAction(parse => CreateInnovation(parse.GetValue(content)!, parse.GetValue(name)!, parse.GetValue(opd)!, parse.GetValue(slug)));
        return command;
    }

    private static Command Visit()
    {
        var content = ContentFolder.Option();
        var date = new Option<string>("--tanggal") { Description = "Tanggal kunjungan, TTTT-BB-HH", Required = true };
        var agency = new Option<string>("--instansi") { Description = "Instansi yang berkunjung", Required = true };
        var host = new Option<string>("--tuan-rumah") { Description = "Kode OPD penerima kunjungan", Required = true };
        var region = new Option<string?>("--daerah") { Description = "Asal daerah instansi" };
        var command = new Command("kunjungan", "Membuat content/kunjungan/<tanggal>-<instansi>.yml.") { content, date, agency, host, region };
        command.SetAction(parse => CreateVisit(parse.GetValue(content)!, parse.GetValue(date)!, parse.GetValue(agency)!, parse.GetValue(host)!, parse.GetValue(region)));
        return command;
    }

    private static int CreateInnovation(string contentDirectory, string name, string opd, string? requestedSlug)
    {
        if (Load(contentDirectory) is not { } content) return ExitCodes.ContentErrors;
        if (!KnownOpd(content, opd)) return ExitCodes.ContentErrors;
        var slug = requestedSlug ?? Slugs.From(name);
        if (!Slugs.IsValid(slug))
            return Fail($"\"{slug}\" tidak bisa dipakai sebagai nama folder. Gunakan huruf kecil a-z, angka dan tanda hubung, misalnya --slug {Slugs.From(slug)}.");
        if (Validation.ReservedPaths.Top.Contains(slug) || Listing.CatalogPages.ReservedSlugs.Contains(slug))
            return Fail($"Nama folder \"{slug}\" dipakai oleh halaman galeri sendiri. Pilih nama lain dengan --slug.");
        if (content.EntryFolders.Contains(slug))
            return Fail($"Inovasi \"{slug}\" sudah ada di {Path.Combine(contentDirectory, ContentLayout.InnovationsFolder, slug)}. Perbarui berkas itu, atau pilih nama lain dengan --slug.");

        var path = EntryScaffold.PathFor(contentDirectory, slug);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, EntryScaffold.Text(name, opd, content.Site.AbsoluteUrl(InnovationSchema.SitePath)));
        Console.WriteLine($"Dibuat: {path}");
        Console.WriteLine("Isi kolom yang kosong dan setiap bagian, simpan gambar di folder yang sama, lalu jalankan 'galeri check'.");
        return ExitCodes.Success;
    }

    private static int CreateVisit(string contentDirectory, string dateText, string agency, string host, string? region)
    {
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return Fail($"\"{dateText}\" bukan tanggal yang benar. Gunakan format TTTT-BB-HH, misalnya 2023-08-02.");
        if (Load(contentDirectory) is not { } content) return ExitCodes.ContentErrors;
        if (!KnownOpd(content, host)) return ExitCodes.ContentErrors;
        var path = VisitScaffold.PathFor(contentDirectory, date, Slugs.From(agency));
        if (File.Exists(path))
            return Fail($"Kunjungan {path} sudah ada. Perbarui berkas itu.");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, VisitScaffold.Text(date, agency, region, host));
        Console.WriteLine($"Dibuat: {path}");
        Console.WriteLine("Isi topik, inovasi yang dipelajari dan ringkasan, lalu jalankan 'galeri check'.");
        return ExitCodes.Success;
    }

    /// <summary>The content as it is now; its own problems do not stop scaffolding unless the lists cannot be read.</summary>
    private static SiteContent? Load(string contentDirectory)
    {
        if (!ContentFolder.Exists(contentDirectory)) return null;
        var bag = new DiagnosticBag();
        var content = SiteBuilder.Check(contentDirectory, null, bag);
        if (content is null || !content.OpdListUsable)
        {
            DiagnosticPrinter.Print(bag.Sorted().Where(d => d.Severity == Severity.Error).ToList(), Console.Error);
            Fail("site.yml atau opd.yml belum bisa dibaca; perbaiki dulu kesalahan di atas.");
            return null;
        }
        return content;
    }

    private static bool KnownOpd(SiteContent content, string code)
    {
        if (content.OpdByCode.ContainsKey(code)) return true;
        var suggestion = Suggestions.Closest(code, content.OpdByCode.Keys);
        Fail($"OPD \"{code}\" tidak dikenal.{(suggestion is null ? "" : $" Maksud Anda \"{suggestion}\"?")} Kode yang ada: {string.Join(", ", content.OpdByCode.Keys)}.");
        return false;
    }

    private static int Fail(string message)
    {
        // The message quotes what was typed (a slug, a date, an OPD code): no control character reaches the terminal.
        Console.Error.WriteLine("galeri: " + TerminalText.Escape(message));
        return ExitCodes.ContentErrors;
    }
}
