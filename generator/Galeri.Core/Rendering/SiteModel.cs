using System.Collections.Concurrent;
using Galeri.Content;
using Galeri.Entries;
using Galeri.Taxonomies;
using Galeri.Text;
using Galeri.Theming;

namespace Galeri.Rendering;

/// <summary>
/// The content plus what every page builder shares: UI strings, and the card of every entry,
/// built once (in parallel) and reused by every list that shows it.
/// </summary>
internal sealed class SiteModel
{
    /// <param name="session">What earlier builds left (cards, page models), reused where still valid; null for a clean build.</param>
    public SiteModel(SiteContent content, Strings strings, Incremental.BuildSession? session = null)
    {
        Session = session ?? new Incremental.BuildSession();
        _byName = new(() => Sorted("by-name", (a, b) =>
            StringComparer.OrdinalIgnoreCase.Compare(a.Name, b.Name) is var byName and not 0 ? byName : string.CompareOrdinal(a.Slug, b.Slug)));
        var cards = Session.Cards;
        Content = content;
        Strings = strings;
        Numbers = NumbersOf(strings);
        var reusable = cards.Reusable(content, strings);
        var termsOf = Session.Terms.For(content, strings);
        var entries = content.Innovations;
        var facts = new (EntryCard Card, TermRef[][] Terms)[entries.Count];
        Parallel.For(0, entries.Count, i =>
        {
            var entry = entries[i];
            var terms = termsOf(entry);
            var card = reusable(entry) ?? BuildCard(entry, terms);
            cards.Remember(entry, card);
            facts[i] = (card, terms);
        });
        _facts = facts;
        // By the entry object itself: listings ask for hundreds of thousands of cards and terms a build, and hashing a slug each time showed.
        _index = new Dictionary<Innovation, int>(entries.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < entries.Count; i++) _index[entries[i]] = i;
        _cards = new(() => entries.Select((e, i) => (e.Slug, facts[i].Card)).DistinctBy(c => c.Slug, StringComparer.Ordinal)
            .ToDictionary(c => c.Slug, c => c.Card, StringComparer.Ordinal));
        _byNameIndexes = new(() => [.. ByName.Select(e => _index[e])]);
    }

    // Each entry's card and terms (by taxonomy, in SiteTaxonomies.All order), in content order, and each entry's place there.
    private readonly (EntryCard Card, TermRef[][] Terms)[] _facts;
    private readonly Dictionary<Innovation, int> _index;
    private readonly Lazy<Dictionary<string, EntryCard>> _cards;
    private readonly Lazy<int[]> _byNameIndexes;

    public SiteContent Content { get; }

    /// <summary>Every entry by name (then slug), as listings show them: sorted once per build, shared by every listing.</summary>
    public IReadOnlyList<Innovation> ByName => _byName.Value;

    private readonly Lazy<IReadOnlyList<Innovation>> _byName;

    /// <summary>Where page builders keep costly work between builds (see <see cref="Incremental.ModelMemo"/>).</summary>
    public Incremental.BuildSession Session { get; }
    public Strings Strings { get; }
    public NumberFormat Numbers { get; }
    /// <summary>Every entry's card by slug.</summary>
    public IReadOnlyDictionary<string, EntryCard> Cards => _cards.Value;

    public static string EntryPath(string slug) => $"inovasi/{slug}/";
    public static string OpdPath(string code) => $"opd/{Text.Codes.Slug(code)}/";
    public static string VisitPath(string id) => $"kunjungan/{id}/";

    public EntryCard Card(Innovation entry) => _index.TryGetValue(entry, out var i) ? _facts[i].Card : Cards[entry.Slug];

    /// <summary>Every entry in the given order, which must end with the slug so it is total (kept across rebuilds, see <see cref="Incremental.SortMemo"/>).</summary>
    public IReadOnlyList<Innovation> Sorted(string key, Comparison<Innovation> order) => Session.Sorts.Sorted(key, Content.Innovations, order);

    /// <summary>The pages of a listing (<see cref="Listing.Paginator"/>), each page's navigation kept between rebuilds by the session's <see cref="Incremental.PaginationMemo"/>.</summary>
    public IEnumerable<(string Path, int Number, IReadOnlyList<T> Items, Listing.PaginationView Pagination)> Paginate<T>(IReadOnlyList<T> items, string basePath) =>
        Listing.Paginator.Slices(items, basePath).Select(p => (p.Path, p.Number, p.Items, Session.Pagination.View(basePath, p.Number, items.Count)));

    /// <summary>The entry's distinct terms in the taxonomy, kept between rebuilds by the session's <see cref="TermMemo"/>.</summary>
    public TermRef[] TermsOf(Taxonomy taxonomy, Innovation entry) =>
        _index.TryGetValue(entry, out var i) ? TermsAt(taxonomy, i) : taxonomy.TermsOfEntry(entry, Content, Strings);

    /// <summary>The terms of the entry at <paramref name="entry"/> in <see cref="SiteContent.Innovations"/>: from this build's table for a taxonomy of <see cref="SiteTaxonomies.All"/>, made for any other.</summary>
    public TermRef[] TermsAt(Taxonomy taxonomy, int entry) =>
        SiteTaxonomies.IndexOf(taxonomy) is var index and >= 0
            ? _facts[entry].Terms[index]
            : taxonomy.TermsOfEntry(Content.Innovations[entry], Content, Strings);

    /// <summary><see cref="ByName"/> as places in <see cref="SiteContent.Innovations"/>.</summary>
    public IReadOnlyList<int> ByNameIndexes => _byNameIndexes.Value;

    /// <summary>
    /// Every term of the taxonomy in use with its entries (<see cref="Taxonomy.Group"/>), in content order or
    /// by name: grouped once per build however many pages list them (the taxonomy's pages, home, statistics).
    /// </summary>
    public IReadOnlyList<(TermRef Term, IReadOnlyList<Innovation> Entries)> Grouped(Taxonomy taxonomy, bool byName = false) =>
        _groups.GetOrAdd((taxonomy, byName), key => new(() =>
            key.ByName ? key.Taxonomy.InOrder(Grouped(key.Taxonomy), this, ByNameIndexes) : key.Taxonomy.Group(this))).Value;

    private readonly ConcurrentDictionary<(Taxonomy Taxonomy, bool ByName), Lazy<IReadOnlyList<(TermRef, IReadOnlyList<Innovation>)>>> _groups = new();

    /// <summary>An entry image's width and height from its file, read once per file version in the session (see <see cref="Incremental.ImageMemo"/>).</summary>
    /// <remarks>An image named other than as the walk listed it (say "./a.png") has no time and is read every build.</remarks>
    public (int Width, int Height)? ImageSize(Innovation entry, EntryImage image) => BundleImageSize(entry, image.File);

    /// <summary>A bundle file's width and height as shown (a photo's EXIF orientation applied), read once per file version in the session.</summary>
    public (int Width, int Height)? BundleImageSize(Innovation entry, string file) =>
        Session.Images.SizeOf(Path.Combine(entry.BundleDirectory, file),
            entry.BundleFileTimes.TryGetValue(file, out var time) ? time : null, Media.PhotoSize.Read);

    /// <summary>What the build publishes of a photo in the entry's folder; null for other images and unreadable files.</summary>
    public Media.PhotoPlan? PhotoPlanOf(Innovation entry, string file) =>
        Media.PhotoFormats.IsResizable(file) && BundleImageSize(entry, file) is { } size ? Media.PhotoPlan.Of(file, size.Width, size.Height) : null;

    /// <summary>The QR code of an address (an entry's page), encoded once per session however many pages show it.</summary>
    public StudiTiru.QrMatrix QrCode(string text) => Session.QrCodes.Of(text);

    public IReadOnlyList<EntryCard> CardsOf(IEnumerable<Innovation> entries) => entries.Select(Card).ToList();

    public DateView Date(DateOnly date) => DateOf(Strings, date);

    /// <summary>A date as pages show it: for builders that work from their own inputs, not the site (see <see cref="EntryModelInputs"/>).</summary>
    public static DateView DateOf(Strings strings, DateOnly date) =>
        new(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), strings.Date(date));

    /// <summary>How numbers are written, from the UI strings.</summary>
    public static NumberFormat NumbersOf(Strings strings) => new(strings.Get("angka.ribuan", "."), strings.Get("angka.desimal", ","));

    public DateView? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    public LinkView OpdLink(string code) =>
        Content.OpdByCode.TryGetValue(code, out var opd)
            ? new LinkView(code, opd.Name, OpdPath(code), opd.ShortName)
            : new LinkView(code, code, OpdPath(code), code);

    private EntryCard BuildCard(Innovation entry, TermRef[][] terms)
    {
        LinkView? Term(Taxonomy taxonomy) =>
            terms[SiteTaxonomies.IndexOf(taxonomy)] is [var term, ..]
                ? new LinkView(term.Slug, term.Label, taxonomy.TermPath(term.Slug))
                : null;
        var image = entry.Images.Count > 0 ? entry.Images[0] : null;
        return new EntryCard(
            entry.Slug,
            EntryPath(entry.Slug),
            entry.Name,
            entry.Acronym,
            entry.Summary,
            OpdLink(entry.OpdCode),
            Term(SiteTaxonomies.Jenis),
            Term(SiteTaxonomies.Tahapan),
            Term(SiteTaxonomies.Status),
            Term(SiteTaxonomies.Urusan),
            entry.Year,
            SiteTaxonomies.Tag.TermsOf(entry, Content, Strings)
                .Select(t => new LinkView(t.Slug, t.Label, SiteTaxonomies.Tag.TermPath(t.Slug))).ToList(),
            image is null ? null : ImageViews.Of(entry.Slug, image.File, image.Alt, ImageSize(entry, image)),
            entry.Awards.Count,
            entry.Replication?.ReplicatedBy.Count ?? 0);
    }
}
