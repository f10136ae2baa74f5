using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Entries;
using Galeri.Model;
using Galeri.Yaml;

namespace Galeri.OpenData;

/// <summary>
/// Every field an entry's front matter holds, read by the content model's declarations alone
/// (<see cref="FieldReading.Value"/>): text, numbers, dates, true/false, lists and groups, in the order
/// the model declares them. A field added to the model appears in the open data without code here.
/// </summary>
internal static class EntryRecord
{
    /// <summary>The declared fields that have a value: <c>string</c>, <c>decimal</c>, <c>int</c>, <c>DateOnly</c>, <c>bool</c>, a list, or a group as a map by key.</summary>
    public static IReadOnlyList<(Field Field, object Value)> Read(Innovation entry)
    {
        // The entry passed the check: reading it again reports nothing new, so these diagnostics are dropped.
        var ignored = new DiagnosticBag();
        var frontMatter = FrontMatter.Split(entry.Source, ignored);
        if (frontMatter is null) return [];
        var map = YamlTreeReader.ReadMap(frontMatter.Yaml, entry.Source.DisplayPath, frontMatter.YamlLineOffset, ignored, "nama");
        if (map is null) return [];
        var fields = new FieldReader(map, entry.Source.DisplayPath, ignored);
        var values = new List<(Field, object)>();
        foreach (var field in InnovationFields.All)
            if (fields.Value(field) is { } value) values.Add((field, value));
        return values;
    }
}
