using System.Text;

namespace Galeri.Entries.Sections;

/// <summary>A level-2 section of an entry's body, rendered to HTML.</summary>
/// <remarks>
/// The HTML is held as UTF-8 and decoded when asked for: every entry's sections live for the whole build
/// (the page, the search text and the studi tiru excerpt each read them once), and as .NET strings they were
/// two thirds of a 50,000-entry catalog's parsed memory (680 MB of 1.3 GB).
/// </remarks>
internal sealed class BodySection : IEquatable<BodySection>
{
    private readonly byte[] _html;

    /// <param name="kind">The standard section it is, or null for a section the writer added.</param>
    /// <param name="id">The HTML id used for in-page links.</param>
    public BodySection(SectionKind? kind, string title, string id, string html, int line)
        : this(kind, title, id, Encoding.UTF8.GetBytes(html), line)
    {
    }

    /// <summary>From HTML already encoded as UTF-8 (a kept reading, <see cref="Incremental.SyntaxCodec"/>); the array is taken, not copied.</summary>
    internal BodySection(SectionKind? kind, string title, string id, byte[] utf8Html, int line)
    {
        Kind = kind;
        Title = title;
        Id = id;
        _html = utf8Html;
        Line = line;
    }

    public SectionKind? Kind { get; }

    public string Title { get; }

    public string Id { get; }

    public string Html => Encoding.UTF8.GetString(_html);

    /// <summary>The HTML's UTF-8 bytes, without decoding them.</summary>
    public ReadOnlySpan<byte> Utf8Html() => _html;

    public int Line { get; }

    public bool Equals(BodySection? other) =>
        other is not null && Kind == other.Kind && Title == other.Title && Id == other.Id && Line == other.Line && _html.AsSpan().SequenceEqual(other._html);

    public override bool Equals(object? obj) => Equals(obj as BodySection);

    public override int GetHashCode() => HashCode.Combine(Kind, Title, Id, Line, _html.Length);
}
