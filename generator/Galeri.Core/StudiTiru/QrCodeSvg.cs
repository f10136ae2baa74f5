using System.Globalization;
using System.Net;
using System.Text;

namespace Galeri.StudiTiru;

/// <summary>
/// A QR code as inline SVG, made at build time (no script on the page): each row's runs of dark
/// modules become one path, so the code stays a few kilobytes and scales to any print size.
/// </summary>
internal static class QrCodeSvg
{
    /// <param name="label">What a screen reader says for the image.</param>
    public static string Draw(QrMatrix matrix, string label)
    {
        var size = matrix.Size;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (!matrix.IsDark(x, y)) continue;
                var start = x;
                while (x + 1 < size && matrix.IsDark(x + 1, y)) x++;
                path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start + 1}v1h-{x - start + 1}z");
            }
        }
        return $"<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"{WebUtility.HtmlEncode(label)}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>";
    }
}
