using System.Diagnostics;
using Galeri.Tests.Support;

namespace Galeri.Tests.Integration;

/// <summary>Runs <c>galeri</c> as a separate process, as Balitbang and CI do, and checks exit codes and output.</summary>
public class CliProcessTests
{
    private static (int ExitCode, string Stdout, string Stderr) Galeri(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "galeri.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "galeri finished");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void Build_succeeds_with_exit_code_zero_and_a_one_line_summary()
    {
        using var temp = new TempDirectory();
        MiniContent.WriteTo(temp.Path);
        var (code, stdout, _) = Galeri(temp.Path, "build", "--theme", RepoPaths.Theme, "--output", "situs");
        Assert.Equal(0, code);
        Assert.Matches(@"^Selesai: \d+ halaman \(\d+ dirender\), 2 inovasi, \d+ berkas ditulis, \d+ tidak berubah, \d+ peringatan, \d+\.\d\d detik → situs\s*$", stdout);
        Assert.True(File.Exists(temp.Combine("situs", "inovasi", "data-go", "index.html")));
    }

    [Fact]
    public void Content_error_exits_with_one_and_names_file_line_and_field()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        var entry = Path.Combine(content, "inovasi", "siap-uji-kir-online", "index.md");
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("opd: dishub", "opd: dishub2"));
        var (code, _, stderr) = Galeri(temp.Path, "build", "--theme", RepoPaths.Theme);
        Assert.Equal(1, code);
        Assert.Contains("content/inovasi/siap-uji-kir-online/index.md:3:1 error opd: OPD \"dishub2\" tidak dikenal. Maksud Anda \"dishub\"?", stderr);
        Assert.False(Directory.Exists(temp.Combine("public")));
    }

    [Fact]
    public void Check_on_a_broken_copy_of_the_sample_prints_github_annotations_and_exits_one()
    {
        using var temp = new TempDirectory();
        var content = temp.Combine("content");
        DirectoryCopy.Copy(RepoPaths.Content, content);
        var entry = Path.Combine(content, "inovasi", "siap-uji-kir-online", "index.md");
        var lines = File.ReadAllLines(entry);
        var opdLine = Array.FindIndex(lines, l => l.StartsWith("opd:", StringComparison.Ordinal)) + 1;
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("opd: dishub", "opd: dishub2").Replace("status: aktif", "status: aktf")
            .Replace("email: dishub@magelangkota.go.id", "email: uji.kir.dishub@gmail.com"));

        var (code, stdout, stderr) = Galeri(temp.Path, "check", "--format", "github");

        Assert.Equal(1, code);
        Assert.Contains($"::error file=content/inovasi/siap-uji-kir-online/index.md,line={opdLine},col=1,title=opd (unknown-opd)::OPD \"dishub2\" tidak dikenal. Maksud Anda \"dishub\"?", stdout);
        Assert.Contains("title=status (enum)::Nilai \"aktf\" tidak dikenal untuk \"status\"", stdout);
        Assert.Contains("title=kontak.email (contact-personal-email)::\"kontak.email\" memakai alamat e-mail pribadi (uji.kir.dishub@gmail.com)", stdout);
        Assert.Contains("Pemeriksaan selesai: 2 kesalahan", stderr);
    }

    [Fact]
    public void Check_speaks_english_and_json_when_asked_and_warnings_alone_exit_zero()
    {
        using var temp = new TempDirectory();
        DirectoryCopy.Copy(RepoPaths.Content, temp.Combine("content"));
        var entry = temp.Combine("content", "inovasi", "data-go", "index.md");
        File.WriteAllText(entry, File.ReadAllText(entry).Replace("## Tantangan", "## Kendala", StringComparison.Ordinal));
        var (code, stdout, _) = Galeri(temp.Path, "check", "--format", "json", "--lang", "en");
        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(stdout);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("warning", i.GetProperty("severity").GetString()));
        Assert.Contains(items, i => i.GetProperty("message").GetString()!.Contains("optional but very helpful", StringComparison.Ordinal));
    }

    [Fact]
    public void New_entry_has_every_field_and_check_asks_for_what_is_still_empty()
    {
        using var temp = new TempDirectory();
        MiniContent.WriteTo(temp.Path);
        var (code, stdout, _) = Galeri(temp.Path, "new", "inovasi", "--opd", "dishub", "--nama", "Parkir Pintar");
        Assert.Equal(0, code);
        var path = temp.Combine("content", "inovasi", "parkir-pintar", "index.md");
        Assert.Contains("content/inovasi/parkir-pintar/index.md", stdout);
        var text = File.ReadAllText(path);
        foreach (var field in global::Galeri.Model.InnovationFields.All) Assert.Contains("\n" + field.Key + ":", text);
        Assert.Contains("# yaml-language-server: $schema=https://contoh.go.id/galeri/schema/inovasi.schema.json", text);

        var (checkCode, report, _) = Galeri(temp.Path, "check");
        Assert.Equal(1, checkCode);
        Assert.Contains("parkir-pintar/index.md:7:1 error ringkasan: Kolom wajib \"ringkasan\" belum diisi.", report);
        Assert.Contains("parkir-pintar/index.md:8:1 error jenis: Kolom wajib \"jenis\" belum diisi.", report);
        Assert.Contains("parkir-pintar/index.md:12:1 error status: Kolom wajib \"status\" belum diisi.", report);
        Assert.Contains("Bagian \"## Latar Belakang\" masih kosong", report);
        Assert.Contains("warning Bagian \"## Tantangan\" masih kosong dan tidak akan ditampilkan", report);

        // Filled in, the new entry passes and its hints never reach the page.
        var filled = text.Replace("ringkasan:                   #", "ringkasan: Parkir dengan pembayaran nontunai. #")
            .Replace("jenis:                       #", "jenis: digital #").Replace("bentuk:                      #", "bentuk: pelayanan_publik #")
            .Replace("urusan:                      #", "urusan: perhubungan #").Replace("tahapan:                     #", "tahapan: inisiatif #")
            .Replace("status:                      #", "status: berkembang #");
        foreach (var heading in new[] { "Latar Belakang", "Cara Kerja", "Hasil dan Manfaat" })
            filled = filled.Replace($"## {heading}\n\n", $"## {heading}\n\nIsi {heading}.\n\n");
        File.WriteAllText(path, filled);
        var (buildCode, _, buildErrors) = Galeri(temp.Path, "build", "--theme", RepoPaths.Theme);
        Assert.True(buildCode == 0, buildErrors);
        var page = File.ReadAllText(temp.Combine("public", "inovasi", "parkir-pintar", "index.html"));
        Assert.Contains("Isi Latar Belakang.", page);
        Assert.DoesNotContain("Wajib:", page);
        Assert.DoesNotContain("id=\"tantangan\"", page);
    }

    [Fact]
    public void New_refuses_an_unknown_opd_and_an_existing_entry()
    {
        using var temp = new TempDirectory();
        MiniContent.WriteTo(temp.Path);
        var (code, _, stderr) = Galeri(temp.Path, "new", "inovasi", "--opd", "dishubb", "--nama", "Parkir Pintar");
        Assert.Equal(1, code);
        Assert.Contains("OPD \"dishubb\" tidak dikenal. Maksud Anda \"dishub\"?", stderr);
        (code, _, stderr) = Galeri(temp.Path, "new", "inovasi", "--opd", "dishub", "--nama", "Data Go");
        Assert.Equal(1, code);
        Assert.Contains("\"data-go\" sudah ada", stderr);
        Assert.False(Directory.Exists(temp.Combine("content", "inovasi", "parkir-pintar")));
    }

    [Fact]
    public void New_visit_is_named_by_date_and_agency()
    {
        using var temp = new TempDirectory();
        MiniContent.WriteTo(temp.Path);
        var (code, _, _) = Galeri(temp.Path, "new", "kunjungan", "--tanggal", "2024-05-21", "--instansi", "Dinas Sosial Kota Depok", "--tuan-rumah", "dishub");
        Assert.Equal(0, code);
        var text = File.ReadAllText(temp.Combine("content", "kunjungan", "2024-05-21-dinas-sosial-kota-depok.yml"));
        Assert.Contains("tanggal: 2024-05-21", text);
        Assert.Contains("tuan_rumah: dishub", text);
    }

    [Fact]
    public void Unknown_option_exits_with_two()
    {
        using var temp = new TempDirectory();
        var (code, _, stderr) = Galeri(temp.Path, "build", "--contnet", "x");
        Assert.Equal(2, code);
        Assert.Contains("--contnet", stderr);
    }

    [Fact]
    public void Missing_content_folder_is_explained()
    {
        using var temp = new TempDirectory();
        var (code, _, stderr) = Galeri(temp.Path, "build", "--content", "tidak-ada", "--theme", RepoPaths.Theme);
        Assert.Equal(2, code);
        Assert.Contains("folder konten \"tidak-ada\" tidak ditemukan", stderr);
    }
}
