using Galeri.Rendering;

namespace Galeri.Entries;

/// <summary>What <c>layouts/entry.liquid</c> sees, besides the globals.</summary>
/// <param name="Fields">The content model's fields without typed code, as written (<see cref="Innovation.Values"/>): <c>fields.mitra</c>.</param>
/// <param name="Readiness">The "Siap ditiru?" block.</param>
/// <param name="QrCode">The handout's QR code of <see cref="AbsoluteUrl"/>, shown as inline SVG; null without base_url.</param>
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
    StudiTiru.QrSvg? QrCode);

/// <summary>A body section as the entry page shows it.</summary>
/// <remarks>Its HTML is decoded from the section (<see cref="Sections.BodySection"/>, UTF-8) when the template asks for it: the page
/// models galeri serve keeps then hold no second copy (0.4 GB at 50,000 entries as strings).</remarks>
internal sealed record SectionView(string Id, string Title, bool Standard)
{
    private readonly Sections.BodySection _body = null!;

    public SectionView(string id, string title, Sections.BodySection body, bool standard) : this(id, title, standard) => _body = body;

    public string Html => _body.Html;
}

internal sealed record SdgView(int Number, string Label);

/// <param name="Change">The relative change, written out ("−95%"), when both values are numbers and before is not zero.</param>
internal sealed record ImpactView(string Indicator, string? Unit, string? Before, string? After, int? Year, string? Source, string? Change);

internal sealed record ReplicationView(bool? Possible, IReadOnlyList<string> Prerequisites, IReadOnlyList<Replicator> ReplicatedBy);

/// <param name="TelephoneHref">The number as a tel: link (digits and +).</param>
internal sealed record ContactView(string? Unit, string? Email, string? Telephone, string? TelephoneHref);

internal sealed record VisitLinkView(string Label, string Url, DateView Date);
