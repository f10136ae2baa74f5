namespace Galeri.Visits;

/// <summary>What <c>layouts/visits.liquid</c> sees: all visits, newest first.</summary>
public sealed record VisitsPageModel(IReadOnlyList<VisitView> Visits);
