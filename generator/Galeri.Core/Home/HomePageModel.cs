using Galeri.Rendering;
using Galeri.Visits;

namespace Galeri.Home;

/// <summary>What <c>layouts/home.liquid</c> sees.</summary>
internal sealed record HomePageModel(
    StatsView Stats,
    IReadOnlyList<EntryCard> Featured,
    IReadOnlyList<EntryCard> Latest,
    IReadOnlyList<VisitView> RecentVisits,
    IReadOnlyList<TermView> Jenis,
    IReadOnlyList<TermView> Tahapan);

/// <param name="Opds">OPDs with at least one innovation.</param>
/// <param name="Replications">Times innovations were replicated by other institutions.</param>
internal sealed record StatsView(int Entries, int Opds, int Visits, int Replications, int Awards);
