using System.CommandLine;
using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Diagnostics.Formats;

namespace Galeri.Cli;

/// <summary>
/// <c>galeri check [--content DIR] [--format text|github|json] [--lang id|en]</c>: every problem in
/// the content in one run, without building. Errors exit 1; warnings alone exit 0.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var content = ContentFolder.Option();
        var format = new Option<string>("--format") { Description = "Bentuk laporan: text, github (anotasi GitHub Actions) atau json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "github", "json");
        var language = new Option<string>("--lang") { Description = "Bahasa pesan: id (default) atau en", DefaultValueFactory = _ => "id" };
        language.AcceptOnlyFromAmong("id", "en");
        var command = new Command("check", "Memeriksa semua berkas konten dan melaporkan setiap kesalahan sekaligus.") { content, format, language };
        command.SetAction(parse => Run(parse.GetValue(content)!, parse.GetValue(format)!, parse.GetValue(language)!));
        return command;
    }

    public static int Run(string contentDirectory, string format, string language)
    {
        if (!ContentFolder.Exists(contentDirectory, language)) return ExitCodes.Usage;
        var bag = new DiagnosticBag();
        SiteBuilder.Check(contentDirectory, null, bag);
        var diagnostics = bag.Sorted();
        switch (format)
        {
            case "github":
                GithubAnnotations.Write(diagnostics, Console.Out, language);
                if (Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
                {
                    using var writer = File.AppendText(summary);
                    GithubAnnotations.WriteSummary(diagnostics, writer, language);
                }
                break;
            case "json":
                using (var stdout = Console.OpenStandardOutput()) JsonDiagnostics.Write(diagnostics, stdout, language);
                break;
            default:
                DiagnosticPrinter.Print(diagnostics, Console.Out, language);
                break;
        }
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        var files = diagnostics.Select(d => d.File).Distinct().Count();
        Console.Error.WriteLine(language == "en"
            ? $"Check finished: {errors} errors, {warnings} warnings in {files} files."
            : $"Pemeriksaan selesai: {errors} kesalahan, {warnings} peringatan di {files} berkas.");
        return errors > 0 ? ExitCodes.ForErrors(diagnostics) : ExitCodes.Success;
    }
}
