using Galeri.Diagnostics;

namespace Galeri.Tests.Corpus;

/// <summary>
/// One bad input from <c>tests/corpus/cases/&lt;name&gt;/</c>: <c>case.txt</c> says what must be reported
/// (rule, severity, file, line, field); <c>files/</c> holds files laid over the base content;
/// <c>delete</c> removes base files and <c>generate</c> makes large files that are not worth committing.
/// </summary>
public sealed record CorpusCase(string Name, string Folder, string Rule, Severity Severity, string File, int Line, string? Field,
    IReadOnlyList<string> Delete, IReadOnlyList<(string Path, int Bytes)> Generate)
{
    public static string Root => Path.Combine(Support.RepoPaths.Root, "tests", "corpus", "cases");

    public static IEnumerable<string> Names() => Directory.GetDirectories(Root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static CorpusCase Load(string name)
    {
        var folder = Path.Combine(Root, name);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var generate = new List<(string, int)>();
        foreach (var line in System.IO.File.ReadAllLines(Path.Combine(folder, "case.txt")))
        {
            if (line.StartsWith('#') || !line.Contains(':')) continue;
            var key = line[..line.IndexOf(':')].Trim();
            var value = line[(line.IndexOf(':') + 1)..].Trim();
            if (key == "generate")
            {
                var parts = value.Split(' ');
                generate.Add((parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)));
            }
            else values[key] = value;
        }
        var delete = values.TryGetValue("delete", out var list)
            ? list.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        return new CorpusCase(name, folder, values["rule"], values["severity"] == "error" ? Severity.Error : Severity.Warning,
            values["file"], int.Parse(values["line"], System.Globalization.CultureInfo.InvariantCulture), values.GetValueOrDefault("field"), delete, generate);
    }

    /// <summary>Lays the case over a copy of the base content.</summary>
    public void ApplyTo(string content)
    {
        foreach (var path in Delete)
        {
            var full = Path.Combine(content, path);
            if (Directory.Exists(full)) Directory.Delete(full, recursive: true);
            else System.IO.File.Delete(full);
        }
        var files = Path.Combine(Folder, "files");
        if (Directory.Exists(files)) Support.DirectoryCopy.Copy(files, content);
        foreach (var (path, bytes) in Generate)
        {
            var full = Path.Combine(content, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            System.IO.File.WriteAllBytes(full, new byte[bytes]);
        }
    }
}
