using System.IO.Enumeration;

namespace Galeri.Output;

/// <summary>The walk of <see cref="OutputWalk"/>: recurses into real folders only (.NET's own enumeration enters links to folders).</summary>
internal sealed class NoLinkEnumerator : FileSystemEnumerator<OutputEntry>
{
    private readonly string root;

    public NoLinkEnumerator(string root)
        : base(root, new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false }) =>
        this.root = root;

    protected override OutputEntry TransformEntry(ref FileSystemEntry entry) => OutputWalk.Describe(root, ref entry);

    protected override bool ShouldRecurseIntoEntry(ref FileSystemEntry entry) => !FileSystem.Links.IsLink(ref entry);
}
