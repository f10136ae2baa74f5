using Galeri.Cli;
using Galeri.Cli.Language;
using Galeri.Tests.Integration;
using Galeri.Tests.Support;

namespace Galeri.Tests.Cli;

/// <summary>
/// <c>galeri check</c> as an OPD writer and a pre-commit hook run it (issue 12): everything in one
/// run, the writer's own file first, only the given files when named, in Bahasa Indonesia.
/// </summary>
public class CheckCommandTests
{
    /// <summary>The broken entry of issue 12, as a writer made it: one YAML mistake and problems that were hidden behind it.</summary>
    private const string BrokenEntry = """
        ---
        nama: Parkir Pintar
        opd: Dishub
        ringkasan: Parkir Pintar: pembayaran parkir tepi jalan dengan QRIS.
        jenis: digital
        urusan: transportasi
        tahapan: penerapan
        tanggal_penerapan: 2023-01-10
        tag: 2023
        dampak:
          - indikator: Pendapatan parkir
            sebelum: 100
        kontak:
          email: budi.parkir@gmail.com
          telepon: 0812-3456-7890
        gambar:
          - berkas: foto.jpg
            alt: Juru parkir memindai QRIS
        ---

        ## Latar Belakang

        Retribusi parkir dibayar tunai.

        """;

    private static string SampleWithBrokenEntry(TempDirectory temp)
    {
        var content = temp.Combine("content");
        DirectoryCopy.Copy(RepoPaths.Content, content);
        var entry = Path.Combine(content, "inovasi", "parkir-pintar", "index.md");
        Directory.CreateDirectory(Path.GetDirectoryName(entry)!);
        File.WriteAllText(entry, BrokenEntry);
        return entry;
    }

    [Fact]
    public void One_run_tells_every_problem_of_a_broken_entry()
    {
        using var temp = new TempDirectory();
        SampleWithBrokenEntry(temp);

        var (code, stdout, stderr) = GaleriProcess.Run(temp.Path, "check");

        Assert.Equal(1, code);
        const string file = "content/inovasi/parkir-pintar/index.md";
        Assert.Contains($"{file}:4:25 error Isi kolom \"ringkasan\" memuat ': ' (titik dua lalu spasi), yang dibaca YAML sebagai awal kolom baru. Apit teks yang memuat ': ' dengan tanda petik", stdout);
        Assert.Contains($"{file}:3:1 error opd: OPD \"Dishub\" tidak dikenal. Maksud Anda \"dishub\"? Kode OPD harus ada di content/opd.yml. Kode yang ada: diskominsta, dishub, ", stdout);
        Assert.Contains($"{file}:6:1 error urusan: Urusan \"transportasi\" tidak dikenal. Kode urusan harus ada di content/referensi/urusan.yml. Kode yang ada: pendidikan, ", stdout);
        Assert.Contains($"{file}:17:5 error gambar.berkas: Berkas gambar \"foto.jpg\" tidak ditemukan", stdout);
        Assert.Contains($"error bentuk: Kolom wajib \"bentuk\" belum diisi.", stdout);
        Assert.Contains($"error status: Kolom wajib \"status\" belum diisi.", stdout);
        Assert.Contains($"{file}:9:6 error tag: \"tag\" harus berupa daftar teks", stdout);
        Assert.Contains("error dampak[1].sumber: Kolom wajib \"dampak[1].sumber\" belum diisi.", stdout);
        Assert.Contains("error Bagian wajib \"## Cara Kerja\" belum ada", stdout);
        Assert.Contains($"{file}:14:10 warning kontak.email: \"kontak.email\" memakai alamat e-mail pribadi (budi.parkir@gmail.com)", stdout);
        Assert.Contains($"{file}:15:12 warning kontak.telepon: \"kontak.telepon\" memuat nomor ponsel pribadi (0812-3456-7890)", stdout);
        Assert.DoesNotContain("While scanning", stdout);
        Assert.Contains("Pemeriksaan selesai: 13 kesalahan", stderr);
    }

    [Fact]
    public void The_writers_own_problems_come_first_and_other_files_warnings_are_summarised()
    {
        using var temp = new TempDirectory();
        SampleWithBrokenEntry(temp);
        foreach (var other in new[] { "data-go", "lacak-izin" })
        {
            var path = temp.Combine("content", "inovasi", other, "index.md");
            File.WriteAllText(path, File.ReadAllText(path).Replace("## Tantangan", "## Kendala", StringComparison.Ordinal));
        }

        var lines = GaleriProcess.Lines(GaleriProcess.Run(temp.Path, "check").Stdout);

        var summary = Array.FindIndex(lines, l => l.StartsWith("Selain itu ", StringComparison.Ordinal));
        Assert.True(summary > 0, string.Join("\n", lines));
        Assert.All(lines[..summary], l => Assert.StartsWith("content/inovasi/parkir-pintar/index.md:", l));
        Assert.StartsWith("Selain itu 4 peringatan di 2 berkas lain (lihat semuanya dengan --all):", lines[summary]);
        Assert.StartsWith("  content/inovasi/data-go/index.md: 2 peringatan, misalnya baris ", lines[summary + 1]);
        Assert.StartsWith("  content/inovasi/lacak-izin/index.md: 2 peringatan, misalnya baris ", lines[summary + 2]);
        Assert.Equal(summary + 3, lines.Length);

        var all = GaleriProcess.Run(temp.Path, "check", "--all").Stdout;
        Assert.Contains("content/inovasi/data-go/index.md:", all);
        Assert.Contains("warning Bagian \"## Kendala\" tidak dikenal", all);
        Assert.DoesNotContain("Selain itu", all);
    }

    [Fact]
    public void Check_with_paths_checks_only_those_files_with_the_references_they_need()
    {
        using var temp = new TempDirectory();
        var entry = SampleWithBrokenEntry(temp);
        var other = temp.Combine("content", "inovasi", "data-go", "index.md");
        File.WriteAllText(other, File.ReadAllText(other).Replace("opd: diskominsta", "opd: kominfo", StringComparison.Ordinal));

        var (code, stdout, _) = GaleriProcess.Run(temp.Path, "check", "content/inovasi/parkir-pintar/index.md");
        Assert.Equal(1, code);
        Assert.Contains("content/inovasi/parkir-pintar/index.md:3:1 error opd: OPD \"Dishub\" tidak dikenal.", stdout);
        Assert.DoesNotContain("data-go", stdout);

        // A folder, from another working folder and without --content (the content folder is the one holding site.yml).
        var (folderCode, folderOut, _) = GaleriProcess.Run(Path.GetDirectoryName(entry)!, "check", ".", "--format", "github");
        Assert.Equal(1, folderCode);
        Assert.Contains("::error file=index.md,line=3,col=1,title=opd (unknown-opd)::OPD \"Dishub\" tidak dikenal.", folderOut);
        Assert.DoesNotContain("data-go", folderOut);

        var (fine, fineOut, fineErr) = GaleriProcess.Run(temp.Path, "check", "content/inovasi/siap-uji-kir-online", "content/kunjungan");
        Assert.Equal(0, fine);
        Assert.Equal("", fineOut);
        Assert.Contains("0 kesalahan, 0 peringatan", fineErr);

        var (missing, _, missingErr) = GaleriProcess.Run(temp.Path, "check", "content/inovasi/tidak-ada");
        Assert.Equal(ExitCodes.Usage, missing);
        Assert.Contains("\"content/inovasi/tidak-ada\" tidak ditemukan", missingErr);
    }

    [Fact]
    public void The_sample_catalog_is_exemplary()
    {
        var (code, stdout, stderr) = GaleriProcess.Run(RepoPaths.Root, "check", "--content", "content");
        Assert.Equal(0, code);
        Assert.Equal("", stdout);
        Assert.Contains("Pemeriksaan selesai: 0 kesalahan, 0 peringatan di 0 berkas.", stderr);
    }

    [Theory]
    [InlineData(new[] { "chek" }, "galeri: Perintah atau argumen 'chek' tidak dikenal.")]
    [InlineData(new[] { "check", "--format", "xml" }, "galeri: Nilai 'xml' tidak dikenal. Pilihan yang benar:")]
    [InlineData(new[] { "check", "--formt", "github" }, "galeri: Opsi '--formt' tidak dikenal.")]
    [InlineData(new[] { "serve", "--port", "abc" }, "galeri: Nilai 'abc' untuk opsi '--port' tidak dapat dibaca: harus berupa bilangan bulat.")]
    [InlineData(new[] { "new", "inovasi", "--nama", "Parkir" }, "galeri: Opsi '--opd' wajib ditulis.")]
    [InlineData(new[] { "build", "--output" }, "galeri: Opsi '--output' membutuhkan nilai")]
    public void Usage_errors_are_said_in_bahasa_indonesia(string[] args, string expected)
    {
        using var temp = new TempDirectory();
        var (code, _, stderr) = GaleriProcess.Run(temp.Path, args);
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains(expected, stderr);
        Assert.Contains("'galeri", stderr.Split('\n').Last(l => l.Length > 0));
    }

    [Fact]
    public void Help_is_in_bahasa_indonesia_and_in_english_with_lang_en()
    {
        using var temp = new TempDirectory();
        var help = GaleriProcess.Run(temp.Path, "check", "--help").Stdout;
        Assert.Contains("Cara pemakaian:\n  galeri check [<path>...] [opsi]", help);
        Assert.Contains("Memeriksa semua berkas konten", help);
        Assert.Contains("Tampilkan bantuan dan cara pemakaian", help);
        Assert.DoesNotContain("Usage:", help);
        Assert.DoesNotContain("Show help", help);

        var english = GaleriProcess.Run(temp.Path, "check", "--help", "--lang", "en").Stdout;
        Assert.Contains("Usage:\n  galeri check [<path>...] [options]", english);
        Assert.Contains("Checks the content files and reports every problem in one run.", english);
        Assert.DoesNotContain("Memeriksa", english);

        var (code, _, stderr) = GaleriProcess.Run(temp.Path, "chek", "--lang", "en");
        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("galeri: Unrecognized command or argument 'chek'.", stderr);
        Assert.Contains("See 'galeri --help' for usage.", stderr);
    }

    [Fact]
    public void Every_command_and_option_has_its_english_description()
    {
        Assert.Empty(EnglishDescriptions.Missing(GaleriCommand.Root()));
        var root = GaleriCommand.Root();
        EnglishDescriptions.Apply(root);
        Assert.Equal("Galeri Inovasi: builds an innovation catalog site from the content/ folder.", root.Description);
    }
}
