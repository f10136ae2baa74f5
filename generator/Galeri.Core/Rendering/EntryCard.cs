namespace Galeri.Rendering;

/// <summary>An innovation as shown in every list: catalog, home, OPD and taxonomy pages, related innovations.</summary>
internal sealed record EntryCard(
    string Slug,
    string Url,
    string Name,
    string? Acronym,
    string Summary,
    LinkView Opd,
    LinkView? Jenis,
    LinkView? Tahapan,
    LinkView? Status,
    LinkView? Urusan,
    int? Year,
    IReadOnlyList<LinkView> Tags,
    ImageView? Image,
    int AwardCount,
    int ReplicationCount);
