using System.Text.Json;
using Galeri.Diagnostics;
using Galeri.Cli.Formats;
using Galeri.Text;

namespace Galeri.Tests.Diagnostics;

/// <summary>
/// Messages quote content. A value holding ESC sequences or a bidi override must print as visible
/// text in every format, or it would drive the reader's terminal or disguise the message.
/// </summary>
public class DiagnosticEscapingTests
{
    private const string Hostile = "a\u001b[2J\u001b]0;judul\u0007b\u202Ec\r";

    private static readonly Diagnostic Problem =
        new(Severity.Error, "content/inovasi/x\u001b[31m/index.md", 3, 1, "nama\u2066", "enum", ["jenis", Hostile, "digital", ""]);

    [Fact]
    public void The_text_line_shows_control_and_bidi_characters_as_escapes()
    {
        var line = Problem.ToString("id");
        Assert.Equal(-1, HiddenCharacters.IndexOf(line));
        Assert.Contains("x\\u001B[31m/index.md:3:1 error nama\\u2066: ", line);
        Assert.Contains("a\\u001B[2J\\u001B]0;judul\\u0007b\\u202Ec\\u000D", line);
    }

    [Fact]
    public void Json_and_github_outputs_carry_no_hidden_character_either()
    {
        using var stream = new MemoryStream();
        JsonDiagnostics.Write([Problem], stream, "en");
        var github = new StringWriter();
        GithubAnnotations.Write([Problem], github, "en");
        GithubAnnotations.WriteSummary([Problem], github, "en");

        // Decoded, as a reader of the JSON sees the values: a JSON escape such as \u001b would come back as ESC.
        var item = JsonDocument.Parse(stream.ToArray()).RootElement[0];
        foreach (var key in new[] { "file", "field", "message" })
            Assert.Equal(-1, HiddenCharacters.IndexOf(item.GetProperty(key).GetString()));
        Assert.Equal(-1, HiddenCharacters.IndexOf(github.ToString()));
    }

    [Fact]
    public void Ordinary_text_is_left_as_it_is()
    {
        const string text = "Dinas Perhubungan: antrean 3 hari → 15 menit\tselesai\n";
        Assert.Same(text, TerminalText.Escape(text));
    }

    [Fact]
    public void Every_rule_formats_in_both_languages()
    {
        string[] args = ["a", "b", "c", "d", "e"];
        foreach (var rule in DiagnosticMessages.Rules)
        {
            Assert.False(string.IsNullOrWhiteSpace(DiagnosticMessages.Format(rule, args, "id")), rule);
            Assert.False(string.IsNullOrWhiteSpace(DiagnosticMessages.Format(rule, args, "en")), rule);
        }
    }
}
