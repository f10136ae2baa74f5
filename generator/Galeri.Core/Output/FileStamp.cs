namespace Galeri.Output;

/// <summary>
/// An output file as last written: what it holds (<paramref name="Content"/>: the hash of generated
/// bytes, or of a copied file's source path, size and time) and how it looked on disk afterwards
/// (size, modification time and inode change time, in ticks), so a file changed by hand since is
/// noticed and written again — even an edit that keeps the size and puts the old time back, since
/// only the kernel sets the change time. <paramref name="Changed"/> is 0 where the platform cannot tell.
/// </summary>
internal sealed record FileStamp(UInt128 Content, long Length, long Ticks, long Changed)
{
    public bool Matches(in OutputEntry entry) =>
        entry.Kind == EntryKind.File && entry.Length == Length && entry.Ticks == Ticks && entry.Changed == Changed;
}
