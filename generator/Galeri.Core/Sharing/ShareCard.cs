using System.Security;
using NetVips;

namespace Galeri.Sharing;

/// <summary>
/// The 1200×630 card shown when a page without a photo is shared (WhatsApp, Facebook, X): the title,
/// a line under it (the OPD) and the site's identity, in the theme's colours. The background is SVG
/// drawn by librsvg; the text is set by pango, which wraps it and shrinks a long title to fit.
/// </summary>
internal static class ShareCard
{
    private const string Font = "DejaVu Sans";
    private const int Margin = 80;
    private const int TextWidth = ShareImagePaths.Width - 2 * Margin;
    private const int TitleTop = 130;
    private const int TitleMaxHeight = 300;

    private static readonly string Background = $"""
        <svg xmlns="http://www.w3.org/2000/svg" width="{ShareImagePaths.Width}" height="{ShareImagePaths.Height}">
        <rect width="1200" height="630" fill="#0f5c6e"/>
        <rect x="0" y="540" width="1200" height="90" fill="#0b4654"/>
        <rect x="80" y="90" width="96" height="10" rx="5" fill="#f2b632"/>
        <g transform="translate(80,560) scale(1.25)"><rect width="40" height="40" rx="9" fill="#fff" opacity=".12"/><rect x="8" y="8" width="11" height="11" rx="2.5" fill="#fff"/><rect x="21" y="8" width="11" height="11" rx="2.5" fill="#fff" opacity=".72"/><rect x="8" y="21" width="11" height="11" rx="2.5" fill="#fff" opacity=".72"/><rect x="21" y="21" width="11" height="11" rx="2.5" fill="#f2b632"/></g>
        </svg>
        """;

    // Drawn by librsvg once per process and shared (libvips images are immutable): about a third of a card's drawing time.
    private static readonly Lazy<Image> RenderedBackground = new(() =>
    {
        using var svg = Image.NewFromBuffer(System.Text.Encoding.UTF8.GetBytes(Background));
        return svg.CopyMemory();
    });

    /// <returns>A PNG, or a JPEG when <paramref name="jpeg"/> (for an entry whose photo could not be read).</returns>
    public static byte[] Draw(string title, string? subtitle, string footer, bool jpeg = false)
    {
        var image = RenderedBackground.Value.Copy();
        var titleSize = 48;
        var titleText = Text(title, "#ffffff", $"{Font} Bold {titleSize}", TextWidth);
        // Shrink a long title until it fits above the line under it.
        while (titleText.Height > TitleMaxHeight && titleSize > 26)
        {
            titleText.Dispose();
            titleSize -= 4;
            titleText = Text(title, "#ffffff", $"{Font} Bold {titleSize}", TextWidth);
        }
        image = Over(image, titleText, Margin, TitleTop);
        if (subtitle is { Length: > 0 })
        {
            using var line = Text(subtitle, "#f6d27a", $"{Font} 26", TextWidth);
            image = Over(image, line, Margin, TitleTop + titleText.Height + 28);
        }
        using (var foot = Text(footer, "#ffffff", $"{Font} 22", TextWidth - 70))
            image = Over(image, foot, Margin + 70, 585 - foot.Height / 2);
        titleText.Dispose();
        using var flat = image.Flatten();
        image.Dispose();
        return jpeg
            ? flat.JpegsaveBuffer(q: 85, keep: Enums.ForeignKeep.None)
            // zlib level 4 instead of 6: a tenth of the time for files about 8% larger (flat colours compress well
            // at any level); a first build of 50,000 entries draws 50,000 cards.
            : flat.PngsaveBuffer(compression: 4, keep: Enums.ForeignKeep.None);
    }

    private static Image Text(string text, string colour, string font, int width) =>
        Image.Text($"<span foreground=\"{colour}\">{SecurityElement.Escape(text)}</span>", font: font, width: width, rgba: true, spacing: 6);

    private static Image Over(Image under, Image over, int x, int y)
    {
        var result = under.Composite2(over, Enums.BlendMode.Over, x: x, y: y);
        under.Dispose();
        return result;
    }
}
