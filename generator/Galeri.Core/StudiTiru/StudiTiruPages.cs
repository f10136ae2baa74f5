using Galeri.Rendering;

namespace Galeri.StudiTiru;

/// <summary>
/// <c>bandingkan/</c> (2–4 innovations side by side) and <c>rencana/</c> (the visit plan with its
/// agenda and request letter). Both are filled in the browser by assets/js/studi-tiru.js from the
/// choice in the address (<c>?pilih=a,b</c>) or in the browser's storage, with each chosen entry's
/// data script (<see cref="EntryData"/>), so they work from a server and from <c>file://</c> alike.
/// </summary>
internal sealed class StudiTiruPages : IPageBuilder
{
    public const string ComparePath = "bandingkan/";
    public const string PlanPath = "rencana/";

    /// <summary>The most innovations compared at once: four columns still fit a printed page and a phone's sideways scroll.</summary>
    public const int MaxCompared = 4;

    public IEnumerable<PageDocument> Build(SiteModel site)
    {
        var strings = site.Strings;
        var config = site.Content.Site;
        yield return new PageDocument(ComparePath, "compare", strings.Get("bandingkan.judul"), strings.Get("bandingkan.deskripsi"), "bandingkan",
            new StudiTiruPageModel(MaxCompared, config.Organizer, config.Contact));
        yield return new PageDocument(PlanPath, "plan", strings.Get("rencana.judul"), strings.Get("rencana.deskripsi"), "rencana",
            new StudiTiruPageModel(MaxCompared, config.Organizer, config.Contact));
    }
}

/// <summary>What <c>layouts/compare.liquid</c> and <c>layouts/plan.liquid</c> see: the letter's addressee (the organiser and its <c>kontak</c>).</summary>
internal sealed record StudiTiruPageModel(int MaxCompared, string Organizer, Site.SiteContact? OrganizerContact);
