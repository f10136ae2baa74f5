using System.Text;
using System.Text.RegularExpressions;
using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Tests.Support;
using OpenQA.Selenium;

namespace Galeri.Tests.Browser;

/// <summary>An entry page prints as a one-page A4 handout for delegations, with the contact on it.</summary>
public partial class PrintHandoutTests(BrowserFixture site) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string> Entries =>
        new(SiteBuilder.Check(RepoPaths.Content, null, new DiagnosticBag())!.Innovations.Select(i => i.Slug));

    [Theory]
    [MemberData(nameof(Entries))]
    public void Entry_prints_on_one_a4_page(string slug)
    {
        HeadlessChromium.RequireInstalled();
        var driver = site.Driver;
        driver.Navigate().GoToUrl(new Uri(Path.Combine(site.Output, "inovasi", slug, "index.html")).AbsoluteUri);
        var options = new PrintOptions { Orientation = PrintOrientation.Portrait, OutputBackgroundImages = false };
        options.PageDimensions = new PrintOptions.PageSize { Width = 21.0, Height = 29.7 };
        var pdf = Convert.FromBase64String(((ISupportsPrint)driver).Print(options).AsBase64EncodedString);
        File.WriteAllBytes(Path.Combine(site.Screenshots, $"cetak-{slug}.pdf"), pdf);
        var pages = PageObject().Count(Encoding.Latin1.GetString(pdf));
        Assert.True(pages == 1, $"{slug} prints on {pages} pages");
    }

    // Each page of a PDF is an object of /Type /Page (the page tree is /Type /Pages).
    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PageObject();
}
