using System.Text.RegularExpressions;

namespace Galeri.Cli.Language;

/// <summary>
/// System.CommandLine's usage errors in Bahasa Indonesia. It ships no Indonesian resources, so its
/// English messages are matched and said again; one not matched here stays in English.
/// </summary>
public static partial class UsageErrors
{
    private static readonly (Regex Pattern, string Indonesian)[] Messages =
    [
        (new(@"^Unrecognized command or argument '(.*)'\.$", RegexOptions.Singleline), "Perintah atau argumen '$1' tidak dikenal."),
        (new(@"^Required command was not provided\.$"), "Perintah belum lengkap: tulis salah satu perintah yang tercantum di 'galeri --help'."),
        (new(@"^Argument '(.*)' not recognized\. Must be one of:(.*)$", RegexOptions.Singleline), "Nilai '$1' tidak dikenal. Pilihan yang benar:$2"),
        (new(@"^Option '(.*)' is required\.$"), "Opsi '$1' wajib ditulis."),
        (new(@"^Required argument missing for option: '(.*)'\.$"), "Opsi '$1' membutuhkan nilai, misalnya $1 <nilai>."),
        (new(@"^Required argument missing for command: '(.*)'\.$"), "Perintah '$1' membutuhkan argumen."),
        (new(@"^Cannot parse argument '(.*)' for option '(.*)' as expected type '(.*)'\.$"), "Nilai '$1' untuk opsi '$2' tidak dapat dibaca: harus berupa $3."),
        (new(@"^Cannot parse argument '(.*)' for command '(.*)' as expected type '(.*)'\.$"), "Argumen '$1' untuk perintah '$2' tidak dapat dibaca: harus berupa $3."),
        (new(@"^Option '(.*)' expects a single argument but (\d+) were provided\.$"), "Opsi '$1' hanya menerima satu nilai, tetapi tertulis $2."),
        (new(@"^Unrecognized argument '(.*)'\.$"), "Argumen '$1' tidak dikenal."),
        (new(@"^Response file not found '(.*)'\.$"), "Berkas argumen '$1' tidak ditemukan."),
    ];

    private static readonly Dictionary<string, string> TypeNames = new(StringComparer.Ordinal)
    {
        ["System.Int32"] = "bilangan bulat",
        ["System.Boolean"] = "true atau false",
        ["System.String"] = "teks",
    };

    public static string Say(string message, string language)
    {
        if (language == CliLanguage.English) return message;
        foreach (var (pattern, indonesian) in Messages)
        {
            var match = pattern.Match(message);
            if (!match.Success) continue;
            var text = match.Result(indonesian);
            foreach (var (type, name) in TypeNames) text = text.Replace(type, name, StringComparison.Ordinal);
            return text;
        }
        return message;
    }
}
