using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Entries;
using Galeri.Text;

namespace Galeri.Validation;

/// <summary>
/// The validate phase: rules that need more than one file. Each entry's own rules
/// (<see cref="InnovationRules"/>) run here too, so all checks are in one place after parsing.
/// </summary>
public static class ContentValidator
{
    /// <param name="memo">Entry checks kept from an earlier build (serve), or null.</param>
    public static void Validate(SiteContent content, DiagnosticBag diagnostics, ValidationMemo? memo = null) =>
        Validate(content, diagnostics, DateOnly.FromDateTime(DateTime.UtcNow), memo);

    public static void Validate(SiteContent content, DiagnosticBag diagnostics, DateOnly today, ValidationMemo? memo = null)
    {
        Parallel.ForEach(content.Innovations, entry =>
        {
            IReadOnlyList<Diagnostic> Own() => DiagnosticBag.Collect(own =>
            {
                InnovationRules.Check(entry, own, today);
                BundleRules.Check(entry, own);
                DocumentRules.Check(entry, own);
                CheckReferences(entry, content, own);
                return true;
            }).Diagnostics;
            diagnostics.AddRange(memo is null ? Own() : memo.Check(entry, content.Opds, content.Urusan, today, Own));
        });
        CheckVisits(content, diagnostics);
        CheckFeatured(content, diagnostics);
        CheckPageAddresses(content, diagnostics);
        foreach (var entry in content.Innovations.Where(e => Listing.CatalogPages.ReservedSlugs.Contains(e.Slug)))
            diagnostics.Error(entry.Source.DisplayPath, SourcePosition.Start, "", "reserved-slug", entry.Slug);
    }

    private static void CheckReferences(Innovation entry, SiteContent content, DiagnosticBag diagnostics)
    {
        var file = entry.Source.DisplayPath;
        if (content.OpdListUsable && !content.OpdByCode.ContainsKey(entry.OpdCode))
            diagnostics.Error(file, entry.PositionOf("opd"), "opd", "unknown-opd", entry.OpdCode,
                Suggestions.Closest(entry.OpdCode, content.OpdByCode.Keys) ?? "");
        if (content.UrusanListUsable && entry.UrusanCode is { } urusan && !content.UrusanByCode.ContainsKey(urusan))
            diagnostics.Error(file, entry.PositionOf("urusan"), "urusan", "unknown-urusan", urusan,
                Suggestions.Closest(urusan, content.UrusanByCode.Keys) ?? "");
    }

    private static void CheckVisits(SiteContent content, DiagnosticBag diagnostics)
    {
        foreach (var visit in content.Visits)
        {
            var file = visit.Source.DisplayPath;
            if (content.OpdListUsable && visit.HostCode is { } host && !content.OpdByCode.ContainsKey(host))
                diagnostics.Error(file, visit.FieldPositions.GetValueOrDefault("tuan_rumah", SourcePosition.Start), "tuan_rumah",
                    "unknown-opd", host, Suggestions.Closest(host, content.OpdByCode.Keys) ?? "");
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
