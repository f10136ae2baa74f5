using Galeri.Markdown.Limits;

namespace Galeri.Tests.Security;

/// <summary>
/// Bodies made to exhaust the Markdown parser (issue #9, item 7), each generated at test time in an
/// entry and checked for real: one clear error with its line, quickly, never an exception.
/// The body starts on line 25 of the entry; its first paragraph, replaced here, is on line 27.
/// </summary>
public class HostileMarkdownTests
{
    private const string FirstParagraph = "Antrean panjang di tempat uji.";

    public static TheoryData<string, string, string, int> Bodies => new()
    {
        { "quotes nested 100,000 deep", new string('>', 100_000) + " a", "markdown-too-deep", 27 },
        { "list markers chained 50,000 deep", Repeat("- ", 50_000) + "a", "markdown-too-deep", 27 },
        { "lists indented 100 deep", string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', 2 * i) + "- a\n")), "markdown-too-deep", 27 + MarkdownLimits.MaxBlockDepth },
        { "600 unclosed [a", Repeat("[a", 600), "markdown-too-deep", 27 },
        { "emphasis nested 130 deep", Repeat("*a ", 130) + Repeat("a* ", 130), "markdown-too-deep", 27 },
        { "*a **a 60,000 times", Repeat("*a **a", 60_000), "markdown-too-large", 25 },
        { "*a **a 20,000 times", Repeat("*a **a", 20_000), "markdown-too-complex", 27 },
        { "[ 200,000 times", new string('[', 200_000), "markdown-too-large", 25 },
        { "[ 100,000 times", new string('[', 100_000), "markdown-too-complex", 27 },
        { "[a]( 110,000 times", Repeat("[a](", 110_000), "markdown-too-large", 25 },
        { "[a]( 30,000 times", Repeat("[a](", 30_000), "markdown-too-complex", 27 },
        { "[a]( 25,000 times, one per line", Repeat("[a](\n", 25_000), "markdown-too-complex", 27 },
        { "12,000 marks in short paragraphs", Repeat("**a**\n\n", 6_000), "markdown-too-complex", 27 + 2 * (MarkdownLimits.MaxMarksPerBody / 2) },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void A_body_past_the_bounds_is_one_error_at_its_line(string name, string body, string rule, int line)
    {
        Assert.NotEmpty(name);
        HostileInputCheck.AssertSingleError(HostileInputCheck.Entry, text => text.Replace(FirstParagraph, body), rule, line);
    }

    [Fact]
    public void A_long_ordinary_body_is_within_the_bounds()
    {
        var prose = Repeat("Antrean **panjang** di [tempat uji](https://contoh.go.id/) kini _tertib_.\n", 8) + "\n";
        var (diagnostics, _) = HostileInputCheck.Run(HostileInputCheck.Entry, text => text.Replace(FirstParagraph, Repeat(prose, 150)));
        Support.DiagnosticAssert.NoErrors(diagnostics);
    }

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
