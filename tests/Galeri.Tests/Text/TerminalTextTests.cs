using Galeri.Text;

namespace Galeri.Tests.Text;

public class TerminalTextTests
{
    [Theory]
    [InlineData("content/inovasi/data-go/index.md", "content/inovasi/data-go/index.md")]
    [InlineData("Dinas Perhubungan – Kota Magelang", "Dinas Perhubungan – Kota Magelang")]
    [InlineData("\u001b[31mmerah\u001b[0m", "\\u001B[31mmerah\\u001B[0m")]
    [InlineData("judul\u001b]0;x\u0007", "judul\\u001B]0;x\\u0007")]
    [InlineData("baris\rtimpa", "baris\\u000Dtimpa")]
    [InlineData("gpj.\u202Eexe", "gpj.\\u202Eexe")]
    [InlineData("a\u2066b\u2069", "a\\u2066b\\u2069")]
    [InlineData("\u009b31m", "\\u009B31m")]
    public void Control_and_bidi_characters_are_shown_as_escapes(string text, string shown) =>
        Assert.Equal(shown, TerminalText.Escape(text));
}
