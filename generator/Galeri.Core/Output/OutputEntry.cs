namespace Galeri.Output;

/// <summary>
/// One name found under an output folder, as <see cref="OutputWalk"/> saw it without following links.
/// For files: size, modification time, inode change time (both in ticks) and inode number; zero where
/// the platform cannot tell (then <see cref="Changed"/> and <see cref="Inode"/> prove nothing).
/// </summary>
/// <param name="Path">Relative to the walked folder, '/'-separated.</param>
internal readonly record struct OutputEntry(string Path, EntryKind Kind, long Length, long Ticks, long Changed, ulong Inode);
