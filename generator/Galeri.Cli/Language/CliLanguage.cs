using System.CommandLine;

namespace Galeri.Cli.Language;

/// <summary>
/// The language galeri speaks: Bahasa Indonesia, or English with <c>--lang en</c> on any command.
/// Known from the raw arguments before parsing, since the help and the usage errors of the parse
/// itself are already in it.
/// </summary>
public static class CliLanguage
{
    public const string Indonesian = "id";
    public const string English = "en";

    /// <summary>The one <c>--lang</c> option, on the root command and every command below it.</summary>
    public static Option<string> Option { get; } = CreateOption();

    private static Option<string> CreateOption()
    {
        var option = new Option<string>("--lang") { Description = "Bahasa pesan: id (default) atau en", DefaultValueFactory = _ => Indonesian, Recursive = true };
        option.AcceptOnlyFromAmong(Indonesian, English);
        return option;
    }

    public static string Of(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Count) return args[i + 1] == English ? English : Indonesian;
            if (args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal))
                return args[i][7..] == English ? English : Indonesian;
        }
        return Indonesian;
    }
}
