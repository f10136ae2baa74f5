namespace Galeri.Output;

/// <summary>How the output writer may use the file an <see cref="OutputFile"/> is copied from.</summary>
internal enum SourceUse
{
    /// <summary>Someone else's file (a theme asset, an entry's photo): copied, never shared.</summary>
    Copy,

    /// <summary>
    /// A file galeri keeps in its own cache and never changes in place (a drawn share image): the
    /// output may be a second name of it (a hard link), so an unchanged image costs no copy.
    /// </summary>
    HardLink,

    /// <summary>A file galeri made for this build only (a page spilled to disk while rendering): moved into place.</summary>
    Move,
}
