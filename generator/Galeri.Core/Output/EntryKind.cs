namespace Galeri.Output;

/// <summary>What a name in an output folder is. Anything but a real file or folder (a symbolic link, a pipe) is <see cref="Other"/>: never followed, only removed.</summary>
internal enum EntryKind
{
    File,
    Directory,
    Other,
}
