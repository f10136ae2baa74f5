using Galeri.Diagnostics;
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
    /// <remarks>Read with the entry (<see cref="Entries.InnovationParser"/>) from its front matter, so the file's text need not be kept for the open data.</remarks>
    public static IReadOnlyList<(Field Field, object Value)> Read(YamlMap map, string file)
    {
        // The parser reports what is wrong with the fields; reading them again by type reports nothing new, so these diagnostics are dropped.
        var fields = new FieldReader(map, file, new DiagnosticBag());
        var values = new List<(Field, object)>();
        foreach (var field in InnovationFields.All)
            if (fields.Value(field) is { } value) values.Add((field, value));
        return values;
    }
}
