using Galeri.Listing;
using Galeri.Rendering;
using Galeri.Visits;

namespace Galeri.Opds;

/// <summary>What <c>layouts/opd.liquid</c> sees: the OPD, one page of its innovations, the visits it hosted.</summary>
internal sealed record OpdPageModel(OpdView Opd, IReadOnlyList<EntryCard> Entries, IReadOnlyList<VisitView> Visits, PaginationView Pagination);
