using System.Globalization;
using Galeri.Diagnostics;
using Galeri.Media;

namespace Galeri.Entries;

/// <summary>
/// A photo's resized files are named after it (<c>foto-960.webp</c>, see <see cref="PhotoPlan"/>): two files of a
/// folder must not end up under one name (<c>foto.jpg</c> and <c>foto.png</c>, or a <c>foto-960.jpg</c> uploaded
/// beside <c>foto.jpg</c>), or one would silently replace the other in the site.
/// </summary>
internal static class PhotoNameRules
{
    public static void Check(Innovation entry, DiagnosticBag diagnostics)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in BundleFiles.Of(entry).Where(f => !PhotoFormats.IsResizable(f))) owners[file] = file;
        foreach (var file in BundleFiles.Of(entry).Where(PhotoFormats.IsResizable)) owners.TryAdd(file, file);
        foreach (var file in BundleFiles.Of(entry).Where(PhotoFormats.IsResizable))
        {
            var stem = file[..^Path.GetExtension(file).Length];
            foreach (var width in PhotoFormats.Widths)
            foreach (var extension in (string[])[".webp", ".jpg"])
            {
                var name = stem + "-" + width.ToString(CultureInfo.InvariantCulture) + extension;
                if (owners.TryGetValue(name, out var owner) && owner != file)
                {
                    diagnostics.Error(Content.SourceFileReader.DisplayPath(Path.Combine(entry.BundleDirectory, file)), SourcePosition.Start, "",
                        "photo-name-clash", file, name, owner);
                    break;
                }
                owners[name] = file;
            }
        }
    }
}
