using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using Galeri.Diagnostics;
using Galeri.Output;
using Galeri.Site;
using Galeri.Theming;

namespace Galeri.Rendering;

/// <summary>
/// The render phase: each <see cref="PageDocument"/> through its layout, then through
/// <c>baseof</c>, into an HTML file. Pages render in parallel; templates are shared and read-only.
/// </summary>
internal sealed class PageRenderer
{
    // Keep letters as they are (é, —) instead of numeric entities; only HTML-special characters are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Theme _theme;
    private readonly SiteModel _site;
    private readonly TemplateOptions _options;

    public PageRenderer(Theme theme, SiteModel site, Fluid.FluidParser parser)
    {
        _theme = theme;
        _site = site;
        _options = new TemplateOptions
        {
            MemberAccessStrategy = new UnsafeMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
            FileProvider = new ThemeFileProvider(theme.Partials),
        };
        TemplateFilters.Register(_options.Filters);
        if (theme.Partials.TryGetValue(CardCache.PartialName, out var card) && parser.TryParse(card, out var cardTemplate, out _))
            new CardCache(cardTemplate, _options, Encoder).Register(_options.Filters);
        var config = site.Content.Site;
        var siteView = new SiteView(config.Title, config.Organizer, config.Language, config.Description,
            site.Content.Pages.Select(p => new LinkView(p.Slug, p.Title, FreePages.FreePagePages.PathOf(p.Slug))).ToList(),
            Taxonomies.SiteTaxonomies.All.Select(t => Taxonomies.TaxonomyView.Of(t, theme.Strings)).ToList(), config.Values);
        _options.Scope.SetValue("site", FluidValue.Create(siteView, _options));
        _options.Scope.SetValue("t", FluidValue.Create(theme.Strings.Tree, _options));
    }

    /// <summary>The page's share values (Open Graph, JSON-LD), seen by templates as <c>share</c>; none when null.</summary>
    public Func<PageDocument, object>? Share { get; init; }

    public OutputFile? Render(PageDocument page, DiagnosticBag diagnostics)
    {
        if (page.Model is IDeferredModel deferred) page = page with { Model = deferred.Make() };
        if (!_theme.Layouts.TryGetValue(page.Layout, out var layout) || !_theme.Layouts.TryGetValue(Theme.BaseLayout, out var baseLayout))
        {
            diagnostics.Error(LayoutPath(_theme.Layouts.ContainsKey(page.Layout) ? Theme.BaseLayout : page.Layout), SourcePosition.Start, "", "theme-file-missing");
            return null;
        }
        // 404.html is served at any missing address, so its links start from the site's base path.
        var root = page.Path == NotFoundPage.Path ? _site.Content.Site.BasePath : SiteUrls.RootFor(page.Path);
        var context = new TemplateContext(page.Model, _options);
        context.SetValue("root", new StringValue(root));
        context.SetValue("page", FluidValue.Create(
            new PageView(page.Title, page.Description, page.Path, _site.Content.Site.AbsoluteUrl(page.Path), page.Section, page.Layout), _options));
        if (Share is not null) context.SetValue("share", FluidValue.Create(Share(page), _options));
        try
        {
            var body = layout.Render(context, Encoder);
            context.SetValue("content", new StringValue(body, encode: false));
            // Render the finished page straight into UTF-8 bytes: no second full-page string.
            using var bytes = new MemoryStream(body.Length * 2 + 4096);
            using (var writer = new StreamWriter(bytes, Utf8, bufferSize: 16 * 1024, leaveOpen: true))
                baseLayout.RenderAsync(writer, Encoder, context).AsTask().GetAwaiter().GetResult();
            return new OutputFile(SiteUrls.OutputPath(page.Path), bytes.ToArray(), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Error(LayoutPath(page.Layout), SourcePosition.Start, "", "template-error", $"{page.Path}: {e.Message}");
            return null;
        }
    }

    private string LayoutPath(string layout) => Content.SourceFileReader.DisplayPath(Path.Combine(_theme.Root, "layouts", layout + ".liquid"));
}
