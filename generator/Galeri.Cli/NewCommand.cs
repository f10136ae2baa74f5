using System.CommandLine;
using System.Globalization;
using Galeri.Scaffolding;
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
        if (!ContentFolder.Exists(contentDirectory)) return ExitCodes.ContentErrors;
        return Report(NewEntry.Innovation(contentDirectory, name, opd, requestedSlug),
            "Isi kolom yang kosong dan setiap bagian, simpan gambar di folder yang sama, lalu jalankan 'galeri check'.");
    }

    private static int CreateVisit(string contentDirectory, string dateText, string agency, string host, string? region)
    {
        if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return Fail($"\"{dateText}\" bukan tanggal yang benar. Gunakan format TTTT-BB-HH, misalnya 2023-08-02.");
        if (!ContentFolder.Exists(contentDirectory)) return ExitCodes.ContentErrors;
        return Report(NewEntry.Visit(contentDirectory, date, agency, host, region),
            "Isi topik, inovasi yang dipelajari dan ringkasan, lalu jalankan 'galeri check'.");
    }

    private static int Report(NewEntry result, string nextStep)
    {
        DiagnosticPrinter.Print(result.Errors, Console.Error);
        if (result.CreatedPath is not { } path) return Fail(result.Problem!);
        Console.WriteLine($"Dibuat: {path}");
        Console.WriteLine(nextStep);
        return ExitCodes.Success;
    }

    private static int Fail(string message)
    {
        // The message quotes what was typed (a slug, a date, an OPD code): no control character reaches the terminal.
        Console.Error.WriteLine("galeri: " + TerminalText.Escape(message));
        return ExitCodes.ContentErrors;
    }
}
