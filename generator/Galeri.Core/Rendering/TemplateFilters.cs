using Fluid;
using Fluid.Values;
using Galeri.Theming;

namespace Galeri.Rendering;

/// <summary>The filters the theme may use besides Liquid's standard ones.</summary>
internal static class TemplateFilters
{
    public static void Register(FilterCollection filters)
    {
        // {{ entry.url | rel }} → "../../inovasi/data-go/index.html": a link relative to the current page.
        filters.AddFilter("rel", (input, _, context) =>
        {
            var root = context.GetValue("root").ToStringValue();
            return new StringValue(SiteUrls.Link(root, input.ToStringValue()));
        });
        // {{ opd.website | host }} → "dishub.magelangkota.go.id": the name shown for an external link.
        filters.AddFilter("host", (input, _, _) => new StringValue(HostOf(input.ToStringValue())));
    }

    /// <summary>The host name of an http(s) address: scheme, path, query and fragment dropped.</summary>
    public static string HostOf(string url)
    {
        var rest = url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? url[8..]
            : url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? url[7..]
            : url;
        var end = rest.IndexOfAny(['/', '?', '#']);
        return end < 0 ? rest : rest[..end];
    }
}
