using System.Globalization;
using System.Security;
using System.Text;

namespace Galeri.Statistics;

/// <summary>
/// A horizontal bar chart as inline SVG, made at build time (no chart script): one bar per row, its
/// label above it (so long names fit on a phone) and the number after it. It is an image to assistive technology (<c>role="img"</c>
/// with a title and a description); the table beside it carries the numbers as text.
/// </summary>
internal static class BarChart
{
    private const int Width = 560;
    private const int BarSpace = 470;
    private const int RowHeight = 50;
    private const int BarHeight = 18;
    private const int MaxLabel = 40;

    /// <param name="id">Unique in the page: the title and description ids derive from it.</param>
    public static string Svg(string id, string title, string description, IReadOnlyList<ChartRow> rows)
    {
        var height = Math.Max(1, rows.Count) * RowHeight + 8;
        var max = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Count));
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-judul {id}-isi\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-judul\">{Escape(title)}</title><desc id=\"{id}-isi\">{Escape(description)}</desc>");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var top = 4 + i * RowHeight;
            var length = Math.Max(2, (int)Math.Round((double)row.Count / max * BarSpace));
            var bar = top + 24;
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-label\" x=\"0\" y=\"{top + 16}\">{Escape(Shorten(row.Short))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"chart-bar\" x=\"0\" y=\"{bar}\" width=\"{length}\" height=\"{BarHeight}\" rx=\"3\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"chart-value\" x=\"{length + 8}\" y=\"{bar + 14}\">{row.Count}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Shorten(string label) => label.Length <= MaxLabel ? label : label[..(MaxLabel - 1)].TrimEnd() + "…";

    private static string Escape(string text) => SecurityElement.Escape(text)!;
}
