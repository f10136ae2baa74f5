using System.Text;

namespace Galeri.Content;

/// <summary>A content file as read from disk.</summary>
/// <remarks>
/// The text is held as UTF-8 and decoded when a parser asks for it: <c>galeri serve</c> keeps every file
/// (to know a save that changed nothing), and a build holds them all until the parse ends, which as .NET
/// strings took about 0.5 GB at 50,000 entries.
/// </remarks>
internal sealed class SourceFile : IEquatable<SourceFile>
{
    private readonly byte[] _utf8;

    /// <param name="relativePath">Path under the content folder with '/' separators, e.g. <c>inovasi/data-go/index.md</c>.</param>
    /// <param name="displayPath">The path shown in messages, e.g. <c>content/inovasi/data-go/index.md</c>.</param>
    public SourceFile(string relativePath, string displayPath, string fullPath, string text)
    {
        RelativePath = relativePath;
        DisplayPath = displayPath;
        FullPath = fullPath;
        _utf8 = Encoding.UTF8.GetBytes(text);
    }

    public string RelativePath { get; }

    public string DisplayPath { get; }

    public string FullPath { get; }

    /// <summary>The file's text (line endings made <c>\n</c>, no byte-order mark), decoded anew at each call.</summary>
    public string Text => Encoding.UTF8.GetString(_utf8);

    /// <summary>The text's UTF-8 bytes, without decoding them: what hashes of the text are made from.</summary>
    public ReadOnlySpan<byte> Utf8() => _utf8;

    public bool Equals(SourceFile? other) =>
        other is not null && RelativePath == other.RelativePath && DisplayPath == other.DisplayPath && FullPath == other.FullPath && _utf8.AsSpan().SequenceEqual(other._utf8);

    public override bool Equals(object? obj) => Equals(obj as SourceFile);

    public override int GetHashCode() => HashCode.Combine(FullPath, _utf8.Length);
}
