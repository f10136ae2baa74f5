namespace Galeri.Cli.Language;

/// <summary>
/// The help System.CommandLine writes, in the chosen language: its own headings and the built-in
/// options' descriptions said in Bahasa Indonesia, or every description of galeri's commands and
/// options said in English (<see cref="EnglishDescriptions"/>).
/// </summary>
public static class HelpText
{
    private static readonly (string English, string Indonesian)[] Headings =
    [
        ("Description:", "Keterangan:"),
        ("Usage:", "Cara pemakaian:"),
        ("Arguments:", "Argumen:"),
        ("Options:", "Opsi:"),
        ("Commands:", "Perintah:"),
        ("Show help and usage information", "Tampilkan bantuan dan cara pemakaian"),
        ("Show version information", "Tampilkan versi"),
        ("[command]", "[perintah]"),
        ("[options]", "[opsi]"),
        ("[default: ", "[bawaan: "),
        ("(REQUIRED)", "(WAJIB)"),
    ];

    public static string Say(string help, string language)
    {
        if (language == CliLanguage.English) return help;
        foreach (var (english, indonesian) in Headings) help = help.Replace(english, indonesian, StringComparison.Ordinal);
        return help;
    }
}
