namespace Galeri.Visits;

/// <summary>What <c>layouts/visit.liquid</c> sees.</summary>
internal sealed record VisitPageModel(VisitView Visit);
