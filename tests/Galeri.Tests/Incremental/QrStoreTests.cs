using Galeri.Build;
using Galeri.Incremental;
using Galeri.StudiTiru;
using Galeri.Tests.Support;

namespace Galeri.Tests.Incremental;

/// <summary>
/// <c>galeri build</c> keeps the handout QR codes it encoded in <c>.galeri-cache/&lt;name&gt;/qr.bin</c>:
/// the next build, <c>--clean</c> included, draws the same codes without encoding them again, a new
/// address still gets its own code, and a damaged file is not trusted.
/// </summary>
public class QrStoreTests
{
    private const string Entry = "public/inovasi/siap-uji-kir-online/index.html";
    private const string EntryData = "public/inovasi/siap-uji-kir-online/studi-tiru.js";

    [Fact]
    public void A_later_build_draws_the_same_codes_and_a_new_address_gets_a_code_of_its_own()
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        Build(content, temp.Combine("public"));
        var first = File.ReadAllText(temp.Combine(Entry));
        var store = temp.Combine(".galeri-cache", "public", QrStore.FileName);
        Assert.True(File.Exists(store));
        Assert.Contains("class=\"qr\"", first);

        Build(content, temp.Combine("public"), clean: true);
        Assert.Equal(first, File.ReadAllText(temp.Combine(Entry)));

        // Published elsewhere: every code holds the new address, as a build that never kept a code draws it.
        const string elsewhere = "https://pemkot.example/galeri/";
        Build(content, temp.Combine("public"), baseUrl: elsewhere);
        Build(content, temp.Combine("fresh"), baseUrl: elsewhere);
        var moved = File.ReadAllText(temp.Combine(Entry));
        Assert.NotEqual(first, moved);
        Assert.Contains("Kode QR menuju https://pemkot.example/galeri/inovasi/siap-uji-kir-online/", moved);
        Assert.Equal(File.ReadAllText(temp.Combine("fresh/inovasi/siap-uji-kir-online/index.html")), moved);
        Assert.Equal(File.ReadAllText(temp.Combine("fresh/inovasi/siap-uji-kir-online/studi-tiru.js")), File.ReadAllText(temp.Combine(EntryData)));

        // Only the addresses of the last build are kept: the old ones do not pile up.
        var kept = QrStore.Load(store);
        Assert.NotEmpty(kept);
        Assert.All(kept.Keys, text => Assert.StartsWith(elsewhere, text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("flipped")]
    [InlineData("truncated")]
    [InlineData("garbage")]
    public void A_damaged_store_is_ignored_and_the_codes_are_encoded_again(string damage)
    {
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        Build(content, temp.Combine("public"));
        var first = File.ReadAllText(temp.Combine(Entry));
        var store = temp.Combine(".galeri-cache", "public", QrStore.FileName);
        var bytes = File.ReadAllBytes(store);
        switch (damage)
        {
            case "flipped":
                bytes[bytes.Length / 2] ^= 0x10; // one module of one code
                File.WriteAllBytes(store, bytes);
                break;
            case "truncated":
                File.WriteAllBytes(store, bytes[..(bytes.Length / 2)]);
                break;
            default:
                File.WriteAllText(store, "bukan kode QR");
                break;
        }
        Assert.Empty(QrStore.Load(store));

        Build(content, temp.Combine("public"), clean: true);
        Assert.Equal(first, File.ReadAllText(temp.Combine(Entry)));
        Assert.NotEmpty(QrStore.Load(store));
    }

    [Fact]
    public void A_kept_code_draws_exactly_as_a_freshly_encoded_one()
    {
        using var temp = new TempDirectory();
        var texts = new[] { "https://a.example/inovasi/x/", "https://b.example/galeri/inovasi/" + new string('y', 120) + "/" };
        var store = temp.Combine(QrStore.FileName);
        QrStore.Save(store, texts.Select(t => KeyValuePair.Create(t, QrMatrix.Encode(t))));

        var kept = QrStore.Load(store);

        Assert.Equal(texts.Order(StringComparer.Ordinal), kept.Keys.Order(StringComparer.Ordinal));
        foreach (var text in texts)
            Assert.Equal(QrCodeSvg.Draw(QrMatrix.Encode(text), text), QrCodeSvg.Draw(kept[text], text));
    }

    private static void Build(string content, string output, bool clean = false, string? baseUrl = null)
    {
        var result = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output, baseUrl) { Clean = clean });
        Assert.True(result.Written, string.Join("\n", result.Diagnostics.Select(d => d.Message("id"))));
    }
}
