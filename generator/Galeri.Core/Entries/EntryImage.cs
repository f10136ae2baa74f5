using Galeri.Diagnostics;

namespace Galeri.Entries;

/// <param name="File">Path inside the entry's folder, as written in <c>berkas</c>.</param>
internal sealed record EntryImage(string File, string Alt, SourcePosition Position);
