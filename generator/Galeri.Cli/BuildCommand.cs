using System.CommandLine;
using System.Globalization;
using Galeri.Build;
using Galeri.Diagnostics;

namespace Galeri.Cli;

/// <summary><c>galeri build [--content DIR] [--theme DIR] [--output DIR] [--base-url URL]</c></summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var content = ContentFolder.Option();
        var theme = ThemeLocator.Option();
        var output = new Option<string>("--output") { Description = "Folder keluaran situs (default: public)", DefaultValueFactory = _ => "public" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Alamat situs yang dipublikasikan, menggantikan base_url di site.yml" };
        var verbose = new Option<bool>("--verbose") { Description = "Tampilkan waktu setiap tahap build" };
        var command = new Command("build", "Membangun situs statis dari konten dan tema.") { content, theme, output, baseUrl, verbose };
        command.SetAction(parse => Run(new BuildOptions(
            parse.GetValue(content)!,
            ThemeLocator.Resolve(parse.GetValue(theme)),
            parse.GetValue(output)!,
            parse.GetValue(baseUrl)), parse.GetValue(verbose)));
        return command;
    }

    public static int Run(BuildOptions options, bool verbose = false)
    {
        if (options.BaseUrl is { } url && !Yaml.FieldReader.IsWebUrl(url))
        {
            Console.Error.WriteLine($"galeri: --base-url \"{url}\" harus alamat lengkap yang diawali https:// atau http://.");
            return ExitCodes.Usage;
        }
        if (!ContentFolder.Exists(options.ContentDirectory)) return ExitCodes.Usage;
        if (!ThemeLocator.Exists(options.ThemeDirectory)) return ExitCodes.Usage;

        BuildResult result;
        try
        {
            result = SiteBuilder.Build(options);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"galeri: gagal menulis berkas: {e.Message}. Folder keluaran tidak diubah.");
            return ExitCodes.IoFailure;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine($"galeri: tidak punya izin: {e.Message}. Folder keluaran tidak diubah.");
            return ExitCodes.IoFailure;
        }

        DiagnosticPrinter.Print(result.Diagnostics, Console.Error);
        if (verbose)
        {
            foreach (var (phase, elapsed) in result.Phases)
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {phase,-9} {elapsed.TotalMilliseconds,8:0} ms"));
        }
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        if (!result.Written)
        {
            Console.Error.WriteLine($"Gagal: {result.Errors} kesalahan, {result.Warnings} peringatan, {seconds} detik. Folder keluaran \"{options.OutputDirectory}\" tidak diubah.");
            return ExitCodes.ContentErrors;
        }
        Console.WriteLine($"Selesai: {result.Pages} halaman, {result.Entries} inovasi, {result.Warnings} peringatan, {seconds} detik → {options.OutputDirectory}");
        return ExitCodes.Success;
    }
}
