using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Tests.Support;

namespace Galeri.Tests.Checking;

/// <summary>The mini content with some changes, checked as <c>galeri check</c> does.</summary>
internal static class CheckTestContent
{
    public static IReadOnlyList<Diagnostic> Check(params (string File, string From, string To)[] changes)
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        foreach (var (file, from, to) in changes) Replace(content, file, from, to);
        var bag = new DiagnosticBag();
        SiteBuilder.Check(content, null, bag);
        return bag.Sorted();
    }

    public const string Kir = "inovasi/siap-uji-kir-online/index.md";

    public static void Replace(string content, string relative, string from, string to)
    {
        var path = Path.Combine(content, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    public static string Lines(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => d.ToString()));
}
