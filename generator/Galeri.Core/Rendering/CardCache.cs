using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Galeri.Rendering;

/// <summary>
/// The <c>card</c> filter: <c>{{ entry | card: 3 }}</c> renders <c>partials/card.liquid</c> for an
/// entry card once per heading level and page depth, and reuses the HTML. Every entry appears in
/// about a dozen listings (catalog, OPD, urusan, tags, year, ...), so this saves most of the
/// rendering of a large catalog. The partial may therefore use only <c>entry</c>,
/// <c>card_heading</c>, <c>root</c> (through <c>rel</c>), <c>t</c> and <c>site</c>.
/// </summary>
internal sealed class CardCache(IFluidTemplate partial, TemplateOptions options, TextEncoder encoder)
{
    public const string PartialName = "card.liquid";

    private readonly ConcurrentDictionary<string, string> _html = new(StringComparer.Ordinal);

    public void Register(FilterCollection filters) => filters.AddFilter("card", (input, arguments, context) =>
    {
        if (input.ToObjectValue() is not EntryCard card) return ValueTask.FromResult<FluidValue>(NilValue.Instance);
        var root = context.GetValue("root").ToStringValue();
        var heading = arguments.Count > 0 ? (int)arguments.At(0).ToNumberValue() : 3;
        var html = _html.GetOrAdd($"{card.Slug}\n{root}\n{heading}", _ => Render(card, root, heading));
        return ValueTask.FromResult<FluidValue>(new StringValue(html, encode: false));
    });

    private string Render(EntryCard card, string root, int heading)
    {
        var context = new TemplateContext(options);
        context.SetValue("entry", FluidValue.Create(card, options));
        context.SetValue("card_heading", NumberValue.Create(heading));
        context.SetValue("root", new StringValue(root));
        return partial.Render(context, encoder);
    }
}
