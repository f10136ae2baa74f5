namespace Galeri.Opds;

/// <summary>What <c>layouts/opds.liquid</c> sees: every OPD with its number of innovations.</summary>
internal sealed record OpdIndexModel(IReadOnlyList<OpdView> Opds);
