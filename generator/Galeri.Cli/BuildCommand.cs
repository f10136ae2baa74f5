using System.CommandLine;
using Galeri.Build;
using Galeri.Cli.Failures;
using Galeri.Cli.Reporting;

namespace Galeri.Cli;

/// <summary><c>galeri build [--content DIR] [--theme DIR] [--output DIR] [--base-url URL] [--clean] [--quiet | --verbose]</c></summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var content = ContentFolder.Option();
        var theme = ThemeLocator.Option();
        var output = new Option<string>("--output") { Description = "Folder keluaran situs (default: public)", DefaultValueFactory = _ => "public" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Alamat situs yang dipublikasikan, menggantikan base_url di site.yml" };
        var clean = new Option<bool>("--clean") { Description = "Abaikan cache build (.galeri-cache/) dan bangun semuanya dari awal" };
        var verbosity = new VerbosityOptions("Tampilkan hanya kesalahan dan peringatan", "Tampilkan waktu setiap tahap build");
        var command = new Command("build", "Membangun situs statis dari konten dan tema.") { content, theme, output, baseUrl, clean };
        verbosity.AddTo(command);
        command.SetAction(parse => Run(
            new BuildOptions(parse.GetValue(content)!, ThemeLocator.Resolve(parse.GetValue(theme)), parse.GetValue(output)!, parse.GetValue(baseUrl))
            {
                Clean = parse.GetValue(clean),
            },
            OutputSettings.For(verbosity.From(parse))));
        return command;
    }

    public static int Run(BuildOptions options, OutputSettings settings)
    {
        if (options.Mistake() is { } mistake)
        {
            Console.Error.WriteLine($"galeri: {mistake}");
            return ExitCodes.Usage;
        }
        if (!ContentFolder.Exists(options.ContentDirectory)) return ExitCodes.Usage;
        if (!ThemeLocator.Exists(options.ThemeDirectory)) return ExitCodes.Usage;

        var reporter = new BuildReporter(settings);
        BuildResult result;
        try
        {
            result = reporter.Track(progress => SiteBuilder.Build(options with { Progress = progress }));
        }
        catch (Exception e) when (FailureReport.Innermost(e) is IOException or UnauthorizedAccessException)
        {
            // The one line every command prints for a file system fault, plus what build promises.
            return FailureReport.Print(e, settings.Verbose, Console.Error, " Folder keluaran tidak diubah.");
        }

        if (!result.Written)
        {
            reporter.Failed(result, options.OutputDirectory);
            return ExitCodes.ForErrors(result.Diagnostics);
        }
        reporter.Succeeded(result, options.OutputDirectory);
        return ExitCodes.Success;
    }
}
