using System.Runtime.CompilerServices;
using Galeri.Content;
using Galeri.Entries;
using Galeri.Rendering;
using Galeri.Theming;

namespace Galeri.Incremental;

/// <summary>
/// Entry cards kept from the last build. A card shows its entry, the OPD and urusan names and UI
/// labels, so it is reused when the entry is the same object (unchanged file) and the OPD list,
/// urusan list and strings are the same objects as last time.
/// </summary>
internal sealed class CardMemo
{
    private (object Opds, object Urusan, Strings Strings)? _context;
    private ConditionalWeakTable<Innovation, EntryCard> _cards = new();

    /// <summary>The cards that are still valid for this content, by entry; null for the rest.</summary>
    public Func<Innovation, EntryCard?> Reusable(SiteContent content, Strings strings)
    {
        var context = ((object)content.Opds, (object)content.Urusan, strings);
        if (_context is not { } last || !ReferenceEquals(last.Opds, context.Item1) || !ReferenceEquals(last.Urusan, context.Item2) || !ReferenceEquals(last.Strings, strings))
        {
            _context = context;
            _cards = new ConditionalWeakTable<Innovation, EntryCard>();
        }
        var cards = _cards;
        return entry => cards.TryGetValue(entry, out var card) ? card : null;
    }

    public void Remember(Innovation entry, EntryCard card) => _cards.AddOrUpdate(entry, card);
}
