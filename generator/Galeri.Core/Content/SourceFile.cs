namespace Galeri.Content;

/// <summary>A content file as read from disk.</summary>
/// <param name="RelativePath">Path under the content folder with '/' separators, e.g. <c>inovasi/data-go/index.md</c>.</param>
/// <param name="DisplayPath">The path shown in messages, e.g. <c>content/inovasi/data-go/index.md</c>.</param>
internal sealed record SourceFile(string RelativePath, string DisplayPath, string FullPath, string Text);
