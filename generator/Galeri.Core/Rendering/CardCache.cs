using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Galeri.Rendering;

/// <summary>
/// The <c>card</c> filter: <c>{{ entry | card: 3 }}</c> renders <c>partials/card.liquid</c> for an
/// entry card once per heading level, and reuses the HTML. Every entry appears in
/// about a dozen listings (catalog, OPD, urusan, tags, year, ...), so this saves most of the
/// rendering of a large catalog. The partial may therefore use only <c>entry</c>,
/// <c>card_heading</c>, <c>root</c> (only through <c>rel</c>, or passed on to a partial that does), <c>t</c> and <c>site</c>.
/// </summary>
internal sealed class CardCache(IFluidTemplate partial, TemplateOptions options, TextEncoder encoder)
{
    public const string PartialName = "card.liquid";

    // A card is rendered once per heading level with this in place of the page's root, and kept cut at it:
    // the same card on pages at other depths differs only there. Kept per root, the cards of a 50,000-entry
    // catalog (listing pages at four depths) held about 0.6 GB. Letters and digits only, so the HTML
    // encoder leaves it as it is; random per process, so no entry's text can hold it.
    private static readonly string RootMark = "galeriroot" + Guid.NewGuid().ToString("N");

    private readonly ConcurrentDictionary<(string Slug, int Heading), CutHtml> _cards = new();

    public void Register(FilterCollection filters) => filters.AddFilter("card", (input, arguments, context) =>
    {
        if (input.ToObjectValue() is not EntryCard card) return ValueTask.FromResult<FluidValue>(NilValue.Instance);
        var root = context.GetValue("root").ToStringValue();
        var heading = arguments.Count > 0 ? (int)arguments.At(0).ToNumberValue() : 3;
        var html = _cards.GetOrAdd((card.Slug, heading), _ => CutHtml.Of(Render(card, heading), RootMark)).Join(root);
        return ValueTask.FromResult<FluidValue>(new StringValue(html, encode: false));
    });

    private string Render(EntryCard card, int heading)
    {
        var context = new TemplateContext(options);
        context.SetValue("entry", FluidValue.Create(card, options));
        context.SetValue("card_heading", NumberValue.Create(heading));
        context.SetValue("root", new StringValue(RootMark));
        return partial.Render(context, encoder);
    }
}
