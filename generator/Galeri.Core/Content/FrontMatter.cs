using Galeri.Diagnostics;

namespace Galeri.Content;

/// <summary>
/// A Markdown file split into its YAML front matter and body, with the line offsets needed to
/// report positions in the original file.
/// </summary>
internal sealed record FrontMatter(string Yaml, int YamlLineOffset, string Body, int BodyLineOffset)
{
    private const string Fence = "---";

    public static FrontMatter? Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        var firstLineEnd = text.IndexOf('\n');
        var firstLine = (firstLineEnd < 0 ? text : text[..firstLineEnd]).TrimEnd();
        if (firstLine != Fence)
        {
            diagnostics.Error(file.DisplayPath, SourcePosition.Start, "", "front-matter-missing");
            return null;
        }
        var position = firstLineEnd + 1;
        var line = 1;
        while (position > 0 && position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var current = (end < 0 ? text[position..] : text[position..end]).TrimEnd();
            line++;
            if (current == Fence)
            {
                var yaml = text[(firstLineEnd + 1)..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatter(yaml, 1, body, line);
            }
            if (end < 0) break;
            position = end + 1;
        }
        // Reported where it was opened, with the line it probably ends on; the rest is checked as if it were closed there.
        var guess = UnclosedFrontMatter.ProbableEnd(text);
        diagnostics.Error(file.DisplayPath, SourcePosition.Start, "", "front-matter-unclosed", guess.LastLine.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return new FrontMatter(guess.Yaml, 1, guess.Body, guess.LastLine);
    }
}
