using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Model;
using Galeri.Text;

namespace Galeri.Schema;

/// <summary>
/// <c>galeri schema</c>: the JSON Schema of a content type's file (<see cref="TypeKeys"/>: inovasi,
/// kunjungan, opd, …), with the OPD, urusan and entry codes of a content folder filled in.
/// </summary>
public static class SchemaWriter
{
    /// <summary>The content types by key, in the order they are documented.</summary>
    public static IReadOnlyList<string> TypeKeys { get; } = [.. ContentTypes.All.Select(t => t.Key)];

    /// <summary>An entry's front matter, the file staff edit most.</summary>
    public static string DefaultTypeKey => ContentTypes.Innovation.Key;

    /// <summary>The likely intended key for one that is not in <see cref="TypeKeys"/> ("inovsi" → "inovasi"), or null.</summary>
    public static string? Suggest(string typeKey) => Suggestions.Closest(typeKey, TypeKeys);

    /// <summary>
    /// The schema of <paramref name="typeKey"/> (one of <see cref="TypeKeys"/>) for the content in
    /// <paramref name="contentDirectory"/>; null, with the content's problems, when its lists cannot be read.
    /// </summary>
    public static (string? Schema, IReadOnlyList<Diagnostic> Diagnostics) Write(string contentDirectory, string typeKey)
    {
        var type = ContentTypes.Find(typeKey) ?? throw new ArgumentException($"no content type \"{typeKey}\"", nameof(typeKey));
        var bag = new DiagnosticBag();
        var content = SiteBuilder.Check(contentDirectory, null, bag);
        return content is null ? (null, bag.Sorted()) : (ContentSchema.Write(type, SchemaInputs.Of(type, content)), []);
    }
}
