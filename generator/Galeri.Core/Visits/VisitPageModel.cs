namespace Galeri.Visits;

/// <summary>What <c>layouts/visit.liquid</c> sees.</summary>
public sealed record VisitPageModel(VisitView Visit);
