namespace Galeri.Content;

/// <summary>A file's size and last write time (UTC ticks) as a folder walk saw them: what tells a replaced file from an unchanged one.</summary>
internal readonly record struct FileTime(long Length, long Ticks);
