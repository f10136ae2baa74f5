using System.CommandLine;
using Galeri.Cli.Language;
using Galeri.Diagnostics;
using Galeri.Cli.Formats;
using Galeri.Text;
using Galeri.Validation;

namespace Galeri.Cli;

/// <summary>
/// <c>galeri check [PATH...] [--content DIR] [--format text|github|json] [--all] [--lang id|en]</c>:
/// every problem in the content (or in the given files and folders) in one run, without building.
/// Errors exit 1; warnings alone exit 0.
/// </summary>
public static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "Berkas inovasi, kunjungan atau halaman, atau foldernya, yang diperiksa (default: seluruh folder konten)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var content = ContentFolder.Option();
        var format = new Option<string>("--format") { Description = "Bentuk laporan: text, github (anotasi GitHub Actions) atau json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "github", "json");
        var all = new Option<bool>("--all") { Description = "Tampilkan juga setiap peringatan di berkas tanpa kesalahan (default: diringkas satu baris per berkas bila ada kesalahan)" };
        var command = new Command("check", "Memeriksa semua berkas konten dan melaporkan setiap kesalahan sekaligus.") { paths, content, format, all };
        command.SetAction(parse =>
        {
            var contentGiven = parse.GetResult(content) is { Implicit: false };
            return Run(parse.GetValue(content)!, parse.GetValue(format)!, parse.GetValue(CliLanguage.Option)!,
                parse.GetValue(paths) ?? [], contentGiven, parse.GetValue(all));
        });
        return command;
    }

    public static int Run(string contentDirectory, string format, string language, IReadOnlyList<string> paths, bool contentGiven, bool all)
    {
        if (paths.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p)) is { } missing)
        {
            if (missing.StartsWith('-'))
            {
                // A mistyped option reaches the paths; say it as the other usage errors are said.
                Console.Error.WriteLine(language == "en" ? $"galeri: Unrecognized option '{TerminalText.Escape(missing)}'." : $"galeri: Opsi '{TerminalText.Escape(missing)}' tidak dikenal.");
                Console.Error.WriteLine(language == "en" ? "See 'galeri check --help' for usage." : "Lihat 'galeri check --help' untuk cara pemakaian.");
                return ExitCodes.Usage;
            }
            Console.Error.WriteLine(language == "en"
                ? $"galeri: \"{TerminalText.Escape(missing)}\" not found. Give content files or folders to check, e.g. content/inovasi/data-go/index.md."
                : $"galeri: \"{TerminalText.Escape(missing)}\" tidak ditemukan. Tulis berkas atau folder konten yang akan diperiksa, misalnya content/inovasi/data-go/index.md.");
            return ExitCodes.Usage;
        }
        // Without --content, the content folder of the given paths: an editor or a hook passes just the file.
        if (!contentGiven && paths.Count > 0 && ContentCheck.ContentRootOf(paths[0]) is { } found) contentDirectory = found;
        if (!ContentFolder.Exists(contentDirectory, language)) return ExitCodes.Usage;
        var diagnostics = ContentCheck.Run(contentDirectory, paths);
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
                CheckReport.Print(diagnostics, Console.Out, language, all || paths.Count > 0);
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
