using Fluid;
using Fluid.Values;
using Galeri.Theming;

namespace Galeri.Rendering;

/// <summary>The filters the theme may use besides Liquid's standard ones.</summary>
public static class TemplateFilters
{
    public static void Register(FilterCollection filters)
    {
        // {{ entry.url | rel }} → "../../inovasi/data-go/index.html": a link relative to the current page.
        filters.AddFilter("rel", (input, _, context) =>
        {
            var root = context.GetValue("root").ToStringValue();
            return new StringValue(SiteUrls.Link(root, input.ToStringValue()));
        });
    }
}
