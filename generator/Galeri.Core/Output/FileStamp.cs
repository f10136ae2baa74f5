namespace Galeri.Output;

/// <summary>
/// An output file as last written: what it holds (<paramref name="Content"/>: the hash of generated
/// bytes, or of a copied file's source path, size and time) and how it looked on disk afterwards
/// (size and modification time), so a file changed by hand since is noticed and written again.
/// </summary>
public sealed record FileStamp(UInt128 Content, long Length, long Ticks);
