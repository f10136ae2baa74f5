using Galeri.Rendering;

namespace Galeri.Entries;

/// <summary>What <c>layouts/entry.liquid</c> sees, besides the globals.</summary>
/// <param name="Fields">The content model's fields without typed code, as written (<see cref="Innovation.Values"/>): <c>fields.mitra</c>.</param>
/// <param name="Readiness">The "Siap ditiru?" block.</param>
/// <param name="QrCode">The handout's QR code of <see cref="AbsoluteUrl"/>, as inline SVG; null without base_url.</param>
internal sealed record EntryPageModel(
    EntryCard Entry,
    LinkView? Bentuk,
    DateView? TrialDate,
    DateView? LaunchDate,
    DateView? Updated,
    IReadOnlyList<string> IppAspects,
    IReadOnlyList<SdgView> Sdgs,
    IReadOnlyList<SectionView> Sections,
    IReadOnlyList<ImpactView> Impacts,
    IReadOnlyList<Award> Awards,
    ReplicationView? Replication,
    EntryLinks Links,
    ContactView? Contact,
    IReadOnlyList<ImageView> Images,
    IReadOnlyList<EntryCard> Related,
    IReadOnlyList<VisitLinkView> Visits,
    string? OpdWebsite,
    string? AbsoluteUrl,
    IReadOnlyDictionary<string, object> Fields,
    StudiTiru.ReadinessView Readiness,
    string? QrCode);

internal sealed record SectionView(string Id, string Title, string Html, bool Standard);

internal sealed record SdgView(int Number, string Label);

/// <param name="Change">The relative change, written out ("−95%"), when both values are numbers and before is not zero.</param>
internal sealed record ImpactView(string Indicator, string? Unit, string? Before, string? After, int? Year, string? Source, string? Change);

internal sealed record ReplicationView(bool? Possible, IReadOnlyList<string> Prerequisites, IReadOnlyList<Replicator> ReplicatedBy);

/// <param name="TelephoneHref">The number as a tel: link (digits and +).</param>
internal sealed record ContactView(string? Unit, string? Email, string? Telephone, string? TelephoneHref);

internal sealed record VisitLinkView(string Label, string Url, DateView Date);
