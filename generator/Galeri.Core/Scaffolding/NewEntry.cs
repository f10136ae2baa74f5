using Galeri.Build;
using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Schema;
using Galeri.Text;

namespace Galeri.Scaffolding;

/// <summary>
/// <c>galeri new</c>: a new innovation or visit file with every field and a hint on each, written
/// into the content folder. Refuses an existing address, a name the gallery's own pages use, or an
/// unknown OPD, saying why in Bahasa Indonesia. The content's own problems do not stop it unless
/// site.yml or opd.yml cannot be read.
/// </summary>
public sealed class NewEntry
{
    private NewEntry(string? createdPath, string? problem, IReadOnlyList<Diagnostic> errors)
    {
        CreatedPath = createdPath;
        Problem = problem;
        Errors = errors;
    }

    /// <summary>The file written; null when nothing was written (see <see cref="Problem"/>).</summary>
    public string? CreatedPath { get; }

    /// <summary>Why nothing was written, for the user (quotes what they typed: escape it before a terminal).</summary>
    public string? Problem { get; }

    /// <summary>The errors that kept site.yml or opd.yml from being read, when that is the problem.</summary>
    public IReadOnlyList<Diagnostic> Errors { get; }

    /// <summary><c>content/inovasi/&lt;slug&gt;/index.md</c>; the slug is made from the name unless given.</summary>
    public static NewEntry Innovation(string contentDirectory, string name, string opd, string? requestedSlug)
    {
        if (Load(contentDirectory, out var unusable) is not { } content) return unusable;
        if (UnknownOpd(content, opd) is { } unknown) return unknown;
        var slug = requestedSlug ?? Slugs.From(name);
        if (!Slugs.IsValid(slug))
            return Refused($"\"{slug}\" tidak bisa dipakai sebagai nama folder. Gunakan huruf kecil a-z, angka dan tanda hubung, misalnya --slug {Slugs.From(slug)}.");
        if (Validation.ReservedPaths.Top.Contains(slug) || Listing.CatalogPages.ReservedSlugs.Contains(slug))
            return Refused($"Nama folder \"{slug}\" dipakai oleh halaman galeri sendiri. Pilih nama lain dengan --slug.");
        if (content.EntryFolders.Contains(slug))
            return Refused($"Inovasi \"{slug}\" sudah ada di {Path.Combine(contentDirectory, ContentLayout.InnovationsFolder, slug)}. Perbarui berkas itu, atau pilih nama lain dengan --slug.");
        return Write(EntryScaffold.PathFor(contentDirectory, slug), EntryScaffold.Text(name, opd, content.Site.AbsoluteUrl(InnovationSchema.SitePath)));
    }

    /// <summary><c>content/kunjungan/&lt;tanggal&gt;-&lt;instansi&gt;.yml</c>.</summary>
    public static NewEntry Visit(string contentDirectory, DateOnly date, string agency, string host, string? region)
    {
        if (Load(contentDirectory, out var unusable) is not { } content) return unusable;
        if (UnknownOpd(content, host) is { } unknown) return unknown;
        var path = VisitScaffold.PathFor(contentDirectory, date, Slugs.From(agency));
        if (File.Exists(path))
            return Refused($"Kunjungan {path} sudah ada. Perbarui berkas itu.");
        return Write(path, VisitScaffold.Text(date, agency, region, host));
    }

    /// <summary>The content as it is now; null (and why, in <paramref name="failure"/>) when its lists cannot be read.</summary>
    private static SiteContent? Load(string contentDirectory, out NewEntry failure)
    {
        var bag = new DiagnosticBag();
        var content = SiteBuilder.Check(contentDirectory, null, bag);
        failure = new NewEntry(null, "site.yml atau opd.yml belum bisa dibaca; perbaiki dulu kesalahan di atas.",
            [.. bag.Sorted().Where(d => d.Severity == Severity.Error)]);
        return content is { OpdListUsable: true } ? content : null;
    }

    private static NewEntry? UnknownOpd(SiteContent content, string code)
    {
        if (content.OpdByCode.ContainsKey(code)) return null;
        var suggestion = Suggestions.Closest(code, content.OpdByCode.Keys);
        return Refused($"OPD \"{code}\" tidak dikenal.{(suggestion is null ? "" : $" Maksud Anda \"{suggestion}\"?")} Kode yang ada: {string.Join(", ", content.OpdByCode.Keys)}.");
    }

    private static NewEntry Refused(string problem) => new(null, problem, []);

    private static NewEntry Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return new NewEntry(path, null, []);
    }
}
