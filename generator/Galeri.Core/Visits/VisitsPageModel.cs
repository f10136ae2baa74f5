namespace Galeri.Visits;

/// <summary>What <c>layouts/visits.liquid</c> sees: all visits, newest first.</summary>
internal sealed record VisitsPageModel(IReadOnlyList<VisitView> Visits);
