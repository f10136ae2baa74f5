using Fluid;
using Galeri.Diagnostics;

namespace Galeri.Theming;

/// <summary>
/// A theme folder, loaded as data: <c>layouts/*.liquid</c> (one per page kind, plus <c>baseof</c>
/// wrapping them all), <c>partials/*.liquid</c> (for <c>{% include %}</c>), <c>i18n/*.yml</c> and
/// <c>assets/**</c> (copied to the output as they are). Changing any of them needs no recompilation.
/// </summary>
internal sealed class Theme
{
    public const string BaseLayout = "baseof";

    private Theme(string root, IReadOnlyDictionary<string, IFluidTemplate> layouts, IReadOnlyDictionary<string, string> partials,
        Strings strings, IReadOnlyList<string> assets)
    {
        Root = root;
        Layouts = layouts;
        Partials = partials;
        Strings = strings;
        Assets = assets;
    }

    public string Root { get; }
    public IReadOnlyDictionary<string, IFluidTemplate> Layouts { get; }

    /// <summary>Partial sources by file name ("card.liquid").</summary>
    public IReadOnlyDictionary<string, string> Partials { get; }

    public Strings Strings { get; }

    /// <summary>Asset paths relative to <c>theme/assets</c>, '/'-separated, sorted.</summary>
    public IReadOnlyList<string> Assets { get; }

    public static Theme Load(string themeRoot, string language, FluidParser parser, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(themeRoot);
        var stringsFile = language + ".yml";
        var strings = Strings.Load(Path.Combine(root, "i18n", stringsFile), diagnostics);
        var layouts = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        foreach (var path in Files(root, "layouts", "*.liquid"))
        {
            var source = File.ReadAllText(path);
            if (parser.TryParse(source, out var template, out var error)) layouts[Path.GetFileNameWithoutExtension(path)] = template;
            else ReportSyntaxError(path, error, diagnostics);
            CheckStrings(path, source);
        }
        if (!layouts.ContainsKey(BaseLayout))
            diagnostics.Error(Content.SourceFileReader.DisplayPath(Path.Combine(root, "layouts", BaseLayout + ".liquid")), SourcePosition.Start, "", "theme-file-missing");

        var partials = Files(root, "partials", "*.liquid")
            .ToDictionary(p => Path.GetFileName(p), File.ReadAllText, StringComparer.Ordinal);
        foreach (var (name, source) in partials) CheckStrings(Path.Combine(root, "partials", name), source);
        var assetsRoot = Path.Combine(root, "assets");
        var assets = Directory.Exists(assetsRoot)
            ? Directory.EnumerateFiles(assetsRoot, "*", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(assetsRoot, p).Replace('\\', '/'))
                .Order(StringComparer.Ordinal).ToList()
            : [];
        return new Theme(root, layouts, partials, strings, assets);

        // A theme without its strings file has already been told so; every key would be reported again.
        void CheckStrings(string path, string source)
        {
            if (!ReferenceEquals(strings, Strings.Empty))
                StringKeyCheck.Check(source, Content.SourceFileReader.DisplayPath(path), strings, stringsFile, diagnostics);
        }
    }

    /// <summary>Fluid says "Invalid 'if' tag at (2:6)\nSource: ..."; report it at that line and column.</summary>
    private static void ReportSyntaxError(string path, string error, DiagnosticBag diagnostics)
    {
        var match = System.Text.RegularExpressions.Regex.Match(error, @"at \((\d+):(\d+)\)");
        var position = match.Success
            ? new SourcePosition(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            : SourcePosition.Start;
        var message = error.Split('\n')[0].Trim();
        if (match.Success) message = message[..message.LastIndexOf(" at (", StringComparison.Ordinal)];
        diagnostics.Error(Content.SourceFileReader.DisplayPath(path), position, "", "template-error", message);
    }

    private static IEnumerable<string> Files(string root, string folder, string pattern)
    {
        var path = Path.Combine(root, folder);
        return Directory.Exists(path) ? Directory.EnumerateFiles(path, pattern).Order(StringComparer.Ordinal) : [];
    }
}
