using Galeri.Entries;
using Galeri.Rendering;

namespace Galeri.StudiTiru;

/// <summary>
/// What the "Siap ditiru?" block of an entry shows (<c>partials/siap-ditiru.liquid</c>), and what the
/// compare and visit plan pages read from each entry's data script: whether it can be copied, what
/// copying needs, what it cost here, its legal basis, documents, replications and how current it is.
/// Amounts are already written for the reader ("Rp 125.000.000").
/// </summary>
/// <param name="Possible">dapat_direplikasi: true, false, or null when not assessed.</param>
/// <param name="Status">The status label ("Aktif"), or null.</param>
/// <param name="StatusCode">The status code, for the badge's colour.</param>
internal sealed record ReadinessView(
    bool? Possible,
    IReadOnlyList<string> Prerequisites,
    string? EstimatedCost,
    int? PreparationMonths,
    int? Staff,
    IReadOnlyList<BudgetView> Budgets,
    string? BudgetTotal,
    IReadOnlyList<LegalBasisView> LegalBases,
    IReadOnlyList<DocumentView> Documents,
    IReadOnlyList<Replicator> ReplicatedBy,
    string? Status,
    string? StatusCode,
    DateView? Updated)
{
    /// <summary>Whether there is anything about copying it besides the verdict: what the block's "needs" list shows.</summary>
    public bool HasNeeds => Prerequisites.Count > 0 || EstimatedCost is not null || PreparationMonths is not null || Staff is not null;
}

/// <param name="Amount">"Rp 125.000.000".</param>
internal sealed record BudgetView(int Year, string Amount, string Source, string? Note);

/// <param name="Label">"Peraturan Wali Kota/Bupati Nomor 27 Tahun 2018".</param>
/// <param name="Url">The text's address: a link, or the copy in the entry folder (site path, for <c>rel</c>).</param>
/// <param name="External">Whether <see cref="Url"/> is another site's.</param>
/// <param name="FileType">For a copy in the entry folder: "PDF", "DOCX".</param>
internal sealed record LegalBasisView(string Kind, string Label, string Title, string? Url, bool External, string? FileType, string? FileSize);

/// <param name="Url">A link, or the file in the entry folder (site path, for <c>rel</c>).</param>
/// <param name="FileType">"PDF", "DOCX"; null for a link.</param>
/// <param name="FileSize">"26 KB", "1,2 MB"; null for a link.</param>
internal sealed record DocumentView(string Title, string Url, bool External, string? FileType, string? FileSize);
