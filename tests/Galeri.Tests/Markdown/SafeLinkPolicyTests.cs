using Galeri.Markdown.SafeLinks;

namespace Galeri.Tests.Markdown;

/// <summary>Targets are judged as a browser would read them, not as they are written.</summary>
public class SafeLinkPolicyTests
{
    [Theory]
    [InlineData(" javascript:alert(1)")]
    [InlineData("\u0001javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("data:text/html,<script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("//evil.example/")]
    [InlineData("\\\\evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https://contoh.go.id/\u202Egpj.exe")]
    [InlineData("https://contoh\u200B.go.id/")]
    public void Disguised_and_foreign_targets_are_refused(string url) => Assert.False(SafeLinkPolicy.IsAllowed(url));

    [Theory]
    [InlineData("HTTPS://contoh.go.id/")]
    [InlineData("  https://contoh.go.id/  ")]
    [InlineData("#latar-belakang")]
    [InlineData("?halaman=2")]
    [InlineData("/galeri/tentang/")]
    [InlineData("lampiran/berkas:1.pdf")]
    public void Web_addresses_and_paths_inside_the_site_are_allowed(string url) => Assert.True(SafeLinkPolicy.IsAllowed(url));
}
