namespace Galeri.Markdown.Limits;

/// <summary>
/// Bounds on a body, checked by one linear scan before Markdig sees it. Markdig nests by recursion
/// and stops at depth 128 with an exception, and some inputs cost it time that grows with the square
/// of their length (a 440 KB line of "[a](" took 79 s). Real bodies are far inside these bounds
/// (the sample's largest is 5 KB, 3 levels deep, 20 marks in a paragraph); past them, the writer is
/// told where, and the body is not parsed at all.
/// </summary>
internal static class MarkdownLimits
{
    /// <summary>Characters of Markdown in one body.</summary>
    public const int MaxBodyChars = 128 * 1024;

    /// <summary>Block quotes and list items open at one line (<c>&gt; &gt; - 1. text</c>, or list items indented under each other).</summary>
    public const int MaxBlockDepth = 32;

    /// <summary>Link brackets and emphasis runs (<c>[</c>, <c>*</c>, <c>_</c>, <c>~</c>, ...) in one paragraph.</summary>
    public const int MaxMarksPerParagraph = 1000;

    /// <summary>The same marks in the whole body.</summary>
    public const int MaxMarksPerBody = 10_000;

    private static readonly System.Buffers.SearchValues<char> MarkStarts = System.Buffers.SearchValues.Create("[*_~^=+`:w");

    /// <returns>The first bound the body passes, or null when it is within all of them.</returns>
    public static MarkdownLimitViolation? Check(string body)
    {
        if (body.Length > MaxBodyChars)
            return new MarkdownLimitViolation("markdown-too-large", 0, (body.Length / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var line = 0;
        var bodyMarks = 0;
        var paragraphMarks = 0;
        var paragraphLine = 0;
        var start = 0;
        while (start <= body.Length)
        {
            var end = body.IndexOf('\n', start);
            if (end < 0) end = body.Length;
            var text = body.AsSpan(start, end - start);
            if (text.IsWhiteSpace()) paragraphMarks = 0;
            else
            {
                if (paragraphMarks == 0) paragraphLine = line;
                if (BlockDepth(text) > MaxBlockDepth)
                    return new MarkdownLimitViolation("markdown-too-deep", line);
                var marks = Marks(text);
                paragraphMarks += marks;
                bodyMarks += marks;
                if (paragraphMarks > MaxMarksPerParagraph || bodyMarks > MaxMarksPerBody)
                    return new MarkdownLimitViolation("markdown-too-complex", paragraphMarks > MaxMarksPerParagraph ? paragraphLine : line,
                        MaxMarksPerParagraph.ToString(System.Globalization.CultureInfo.InvariantCulture), MaxMarksPerBody.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            line++;
            start = end + 1;
        }
        return null;
    }

    /// <summary>
    /// How many containers a line opens, counted generously: each '&gt;' and list marker at its
    /// start, plus one level per two spaces of indentation before a list marker (nested list items).
    /// </summary>
    internal static int BlockDepth(ReadOnlySpan<char> line)
    {
        var i = 0;
        var indent = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
        {
            indent += line[i] == '\t' ? 4 : 1;
            i++;
        }
        var markers = 0;
        while (i < line.Length)
        {
            var next = MarkerEnd(line, i);
            if (next < 0) break;
            markers++;
            i = next;
            while (i < line.Length && line[i] is ' ' or '\t') i++;
        }
        return markers == 0 ? 0 : indent / 2 + markers;
    }

    // The index after a container marker at i ("&gt;", "-", "+", "*", "12." or "12)" followed by a space or the line end), or -1.
    private static int MarkerEnd(ReadOnlySpan<char> line, int i)
    {
        if (line[i] == '>') return i + 1;
        var end = i;
        if (line[i] is '-' or '+' or '*') end = i + 1;
        else
        {
            while (end < line.Length && end - i < 10 && char.IsAsciiDigit(line[end])) end++;
            if (end == i || end >= line.Length || line[end] is not ('.' or ')')) return -1;
            end++;
        }
        return end == line.Length || line[end] is ' ' or '\t' ? end : -1;
    }

    /// <summary>
    /// Marks that make Markdig search or nest: every '[', every run of an emphasis or code character
    /// ("**" or "~~~" is one run), and every bare address ("www.", "://") the autolinks look at.
    /// A paragraph of prose has a few dozen at most.
    /// </summary>
    internal static int Marks(ReadOnlySpan<char> line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            // Every body passes here: skip plain text in vectorised steps.
            var skip = line[i..].IndexOfAny(MarkStarts);
            if (skip < 0) break;
            i += skip;
            var c = line[i];
            if (c == '[') count++;
            else if (c is '*' or '_' or '~' or '^' or '=' or '+' or '`')
            {
                count++;
                while (i + 1 < line.Length && line[i + 1] == c) i++;
            }
            else if ((c == ':' && line[i..].StartsWith("://")) || (c == 'w' && line[i..].StartsWith("www.")))
            {
                count++;
                i += 2;
            }
        }
        return count;
    }
}
