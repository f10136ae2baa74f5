using System.Globalization;
using Galeri.Entries;
using Galeri.Text;

namespace Galeri.Taxonomies;

/// <summary>
/// The taxonomies the site publishes. OPDs have their own, richer pages (see Opds/). A new taxonomy is
/// one definition here, listed in <see cref="All"/>, and its strings (<c>taksonomi.&lt;key&gt;</c>,
/// <c>jelajahi.&lt;key&gt;_teks</c>): its pages, its place in the menus and lists, and its reserved
/// address follow from the list.
/// </summary>
internal static class SiteTaxonomies
{
    public static readonly Taxonomy Urusan = new("urusan", false, (entry, content, _) =>
        entry.UrusanCode is { } code && content.UrusanByCode.TryGetValue(code, out var urusan)
            ? [new TermRef(Codes.Slug(code), urusan.Name, urusan.Name, urusan.Group)]
            : []) { InMenu = true };

    public static readonly Taxonomy Tag = new("tag", false, (entry, _, _) =>
        entry.Tags.Select(tag => new TermRef(Slugs.From(tag), tag, tag.ToLowerInvariant())).Where(t => t.Slug.Length > 0));

    public static readonly Taxonomy Year = new("tahun", true, (entry, _, _) =>
        entry.Year is { } year
            ? [new TermRef(year.ToString(CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture), year.ToString("D4", CultureInfo.InvariantCulture))]
            : []);

    public static readonly Taxonomy Jenis = Closed("jenis", Vocabulary.Jenis, e => e.Jenis);
    public static readonly Taxonomy Tahapan = Closed("tahapan", Vocabulary.Tahapan, e => e.Tahapan);
    public static readonly Taxonomy Status = Closed("status", Vocabulary.Status, e => e.Status);

    /// <summary>The SDGs an entry serves (1–17): "SDG 3: Kehidupan Sehat dan Sejahtera", in goal order.</summary>
    public static readonly Taxonomy Sdgs = new("sdgs", false, (entry, _, strings) =>
        entry.Sdgs.Select(goal => goal.ToString(CultureInfo.InvariantCulture)).Select(number => new TermRef(number,
            strings.Get("taksonomi.sdgs_istilah").Replace("{n}", number, StringComparison.Ordinal).Replace("{nama}", strings.Label("sdgs", number), StringComparison.Ordinal),
            number.PadLeft(2, '0'))));

    /// <summary>Every taxonomy, in the order the menus, the footer and the catalog, home and search pages list them.</summary>
    public static readonly IReadOnlyList<Taxonomy> All = [Urusan, Jenis, Tahapan, Status, Year, Tag, Sdgs];

    /// <summary>The taxonomy's place in <see cref="All"/>; -1 for one not listed there.</summary>
    public static int IndexOf(Taxonomy taxonomy)
    {
        for (var i = 0; i < All.Count; i++)
            if (ReferenceEquals(All[i], taxonomy)) return i;
        return -1;
    }

    /// <summary>A taxonomy over a closed list of codes: terms keep the list's order; "non_digital" lives at "non-digital/".</summary>
    private static Taxonomy Closed(string key, IReadOnlyList<string> codes, Func<Innovation, string?> select)
    {
        var slugs = codes.ToDictionary(c => c, c => c.Replace('_', '-'), StringComparer.Ordinal);
        var order = codes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i.ToString("D2", CultureInfo.InvariantCulture), StringComparer.Ordinal);
        return new(key, false, (entry, _, strings) =>
            select(entry) is { } code && slugs.TryGetValue(code, out var slug)
                ? [new TermRef(slug, strings.Label(key, code), order[code])]
                : []);
    }
}
