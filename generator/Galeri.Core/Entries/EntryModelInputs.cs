using Galeri.Opds;
using Galeri.Rendering;
using Galeri.Site;
using Galeri.Theming;
using Galeri.Visits;

namespace Galeri.Entries;

/// <summary>
/// Everything an entry page's model is made from. <see cref="EntryPages"/> builds the model from this
/// record alone (it sees neither the site nor the disk), and the session reuses last build's model
/// while every member is the same (<see cref="Incremental.ModelMemo"/> compares the members
/// generically), so an input cannot be forgotten: a new one is a new member.
/// </summary>
/// <param name="Qr">The QR code of the page's address (null without <c>base_url</c>), encoded once per build for the page and its studi tiru data.</param>
/// <param name="ImageSizes">Each image's width and height read from its file, in <see cref="Innovation.Images"/> order: an image replaced in the entry's folder changes the model even when <c>index.md</c> did not change.</param>
internal sealed record EntryModelInputs(
    Innovation Entry,
    EntryCard Card,
    Strings Strings,
    SiteConfig Site,
    Opd? Opd,
    IReadOnlyList<EntryCard> Related,
    IReadOnlyList<Visit> Visits,
    IReadOnlyList<(int Width, int Height)?> ImageSizes,
    StudiTiru.QrMatrix? Qr);
