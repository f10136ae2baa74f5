using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Entries;
using Galeri.Text;

namespace Galeri.Validation;

/// <summary>
/// The validate phase: rules that need more than one file. Each entry's own rules
/// (<see cref="InnovationRules"/>) run here too, so all checks are in one place after parsing.
/// </summary>
internal static class ContentValidator
{
    public static void Validate(SiteContent content, DiagnosticBag diagnostics) =>
        Validate(content, diagnostics, Today);

    public static void Validate(SiteContent content, DiagnosticBag diagnostics, DateOnly today)
    {
        Parallel.ForEach(content.Innovations, entry => CheckEntry(entry, content, today, diagnostics));
        CheckAcross(content, diagnostics);
    }

    /// <summary>The date the "diperbarui" rule counts from.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>
    /// One entry's checks: its own rules, its bundle, and whether its OPD and urusan exist. They read the
    /// entry, the OPD and urusan lists (by code, and whether each list could be read) and
    /// <paramref name="today"/>, nothing else.
    /// </summary>
    public static void CheckEntry(Innovation entry, SiteContent content, DateOnly today, DiagnosticBag diagnostics)
    {
        InnovationRules.Check(entry, diagnostics, today);
        BundleRules.Check(entry, diagnostics);
        DocumentRules.Check(entry, diagnostics);
        CheckReferences(entry, content, diagnostics);
    }

    /// <summary>The checks that span files: visits, featured entries, free page and entry addresses.</summary>
    public static void CheckAcross(SiteContent content, DiagnosticBag diagnostics)
    {
        CheckVisits(content, diagnostics);
        CheckFeatured(content, diagnostics);
        CheckPageAddresses(content, diagnostics);
        foreach (var entry in content.Innovations.Where(e => Listing.CatalogPages.ReservedSlugs.Contains(e.Slug)))
            diagnostics.Error(entry.Source.DisplayPath, SourcePosition.Start, "", "reserved-slug", entry.Slug);
    }

    private static void CheckReferences(Innovation entry, SiteContent content, DiagnosticBag diagnostics)
    {
        var file = entry.Source.DisplayPath;
        if (content.OpdListUsable && entry.OpdCode.Length > 0 && !content.OpdByCode.ContainsKey(entry.OpdCode))
            diagnostics.Error(file, entry.PositionOf("opd"), "opd", "unknown-opd", entry.OpdCode,
                OpdSuggestion(entry.OpdCode, content) ?? "", string.Join(", ", content.Opds.Select(o => o.Code)));
        if (content.UrusanListUsable && entry.UrusanCode is { } urusan && !content.UrusanByCode.ContainsKey(urusan))
            diagnostics.Error(file, entry.PositionOf("urusan"), "urusan", "unknown-urusan", urusan,
                CodeSuggestions.Closest(urusan, content.Urusan.Select(u => (u.Code, (IEnumerable<string?>)[u.Name]))) ?? "", string.Join(", ", content.Urusan.Select(u => u.Code)));
    }

    private static string? OpdSuggestion(string written, SiteContent content) =>
        CodeSuggestions.Closest(written, content.Opds.Select(o => (o.Code, (IEnumerable<string?>)[o.ShortName, o.Name])));

    private static void CheckVisits(SiteContent content, DiagnosticBag diagnostics)
    {
        foreach (var visit in content.Visits)
        {
            var file = visit.Source.DisplayPath;
            if (content.OpdListUsable && visit.HostCode is { } host && !content.OpdByCode.ContainsKey(host))
                diagnostics.Error(file, visit.FieldPositions.GetValueOrDefault("tuan_rumah", SourcePosition.Start), "tuan_rumah",
                    "unknown-opd", host, OpdSuggestion(host, content) ?? "", string.Join(", ", content.Opds.Select(o => o.Code)));
            foreach (var (slug, position) in visit.InnovationSlugs)
            {
                if (!content.EntryFolders.Contains(slug))
                    diagnostics.Error(file, position, "inovasi", "unknown-innovation", slug,
                        Suggestions.Closest(slug, content.EntryFolders) ?? "");
            }
        }
    }

    private static void CheckFeatured(SiteContent content, DiagnosticBag diagnostics)
    {
        foreach (var (slug, position) in content.Site.Featured)
        {
            if (!content.EntryFolders.Contains(slug))
                diagnostics.Error(content.Site.DisplayPath, position, "unggulan", "unknown-featured", slug,
                    Suggestions.Closest(slug, content.EntryFolders) ?? "");
        }
    }

    /// <summary>Free pages live at the site root, so they must not take an address the site itself uses.</summary>
    private static void CheckPageAddresses(SiteContent content, DiagnosticBag diagnostics)
    {
        foreach (var page in content.Pages)
        {
            if (ReservedPaths.Top.Contains(page.Slug))
                diagnostics.Error(page.Source.DisplayPath, SourcePosition.Start, "", "reserved-slug", page.Slug);
        }
    }
}
