using System.Globalization;
using Galeri.Entries;
using Galeri.Rendering;
using Galeri.Text;
using Galeri.Theming;

namespace Galeri.StudiTiru;

/// <summary>Builds an entry's <see cref="ReadinessView"/> from its fields, in the reader's language.</summary>
internal static class ReadinessViews
{
    public static ReadinessView Of(Innovation entry, Strings strings)
    {
        var numbers = SiteModel.NumbersOf(strings);
        var replication = entry.Replication;
        var budgets = entry.Budgets.OrderBy(b => b.Year).ThenBy(b => b.Source, StringComparer.Ordinal)
            .Select(b => new BudgetView(b.Year, Rupiah(numbers, b.Amount), strings.Label("sumber", b.Source), b.Note)).ToList();
        return new ReadinessView(
            replication?.Possible,
            replication?.Prerequisites ?? [],
            replication?.EstimatedCost is { } cost ? Rupiah(numbers, cost) : null,
            replication?.PreparationMonths,
            replication?.Staff,
            budgets,
            entry.Budgets.Count > 1 ? Rupiah(numbers, entry.Budgets.Sum(b => b.Amount)) : null,
            entry.LegalBases.OrderBy(l => l.Year).Select(l => LegalBasis(entry, strings, numbers, l)).ToList(),
            entry.Documents.Select(d => Document(entry, numbers, d)).OfType<DocumentView>().ToList(),
            replication?.ReplicatedBy.OrderBy(x => x.Year ?? 0).ThenBy(x => x.Agency, StringComparer.Ordinal).ToList() ?? [],
            entry.Status is { } status ? strings.Label("status", status) : null,
            entry.Status,
            entry.Updated is { } updated ? SiteModel.DateOf(strings, updated) : null);
    }

    /// <summary>Whole rupiah as Indonesians write it: "Rp 125.000.000" (the group mark follows the UI language).</summary>
    public static string Rupiah(NumberFormat numbers, long amount) => "Rp " + numbers.Format(amount);

    /// <summary>A file size as download links show it: "26 KB", "1,2 MB".</summary>
    public static string Size(NumberFormat numbers, long bytes) => bytes < 1024 * 1024
        ? numbers.Format(Math.Max(1, (bytes + 512) / 1024)) + " KB"
        : numbers.Format(decimal.Round(bytes / (1024m * 1024m), 1)) + " MB";

    private static LegalBasisView LegalBasis(Innovation entry, Strings strings, NumberFormat numbers, LegalBasis basis)
    {
        var kind = strings.Label("jenis", basis.Kind);
        var label = strings.Get("siap.peraturan_nomor", "{jenis} Nomor {nomor} Tahun {tahun}")
            .Replace("{jenis}", kind, StringComparison.Ordinal)
            .Replace("{nomor}", basis.Number, StringComparison.Ordinal)
            .Replace("{tahun}", basis.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var file = PublishedFile(entry, basis.File);
        return file is { } f
            ? new LegalBasisView(basis.Kind, label, basis.Title, f.Url, false, f.Type, Size(numbers, f.Length))
            : new LegalBasisView(basis.Kind, label, basis.Title, basis.Url, basis.Url is not null, null, null);
    }

    private static DocumentView? Document(Innovation entry, NumberFormat numbers, EntryDocument document)
    {
        if (PublishedFile(entry, document.File) is { } file)
            return new DocumentView(document.Title, file.Url, false, file.Type, Size(numbers, file.Length));
        return document.Url is { } url ? new DocumentView(document.Title, url, true, null, null) : null;
    }

    /// <summary>The named file as published beside the page: its site path, type and size; null when there is none (the check reported why).</summary>
    private static (string Url, string Type, long Length)? PublishedFile(Innovation entry, string? name)
    {
        if (name is null) return null;
        var path = name.Replace('\\', '/');
        if (!entry.BundleFileTimes.TryGetValue(path, out var time) || !BundleFiles.IsPublished(entry, path)) return null;
        return (BundleFiles.SitePath(entry.Slug, path), Path.GetExtension(path).TrimStart('.').ToUpperInvariant(), time.Length);
    }
}
