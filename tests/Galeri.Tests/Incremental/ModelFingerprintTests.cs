using Galeri.Incremental;

namespace Galeri.Tests.Incremental;

/// <summary>
/// A page is rendered again only when its fingerprint changes (<see cref="ModelFingerprint"/>), so two
/// values a page or its inputs tell apart must never share one; <see cref="ModelComparison"/> (used by
/// <c>galeri serve</c>) must not call them the same either.
/// </summary>
public class ModelFingerprintTests
{
    // Two generator versions (module version ids) with the same version and variant nibbles (the 13th and 17th hex digits): the only
    // public members of a Guid, and all the fingerprint used to see of it.
    private static readonly Guid Version1 = Guid.Parse("0b6e2f2a-91c4-4d2e-8f4b-6a1d3c5e7f90");
    private static readonly Guid Version2 = Guid.Parse("f3a1c9d0-2b7e-4a55-8c13-e0d4b8a26c11");

    public static TheoryData<object, object> Different => new()
    {
        { Version1, Version2 },
        { TimeSpan.FromMinutes(45), TimeSpan.FromMinutes(180) },
        { new TimeOnly(8, 0), new TimeOnly(16, 30) },
        { new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(7)), new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8)) },
        { new DateOnly(2019, 1, 15), new DateOnly(2019, 1, 16) },
        { 125.5m, 125.50m },
        // Held as UTF-8 (not a string) and shown as text: a different text is a different file or section.
        { new Galeri.Content.SourceFile("inovasi/a/index.md", "content/inovasi/a/index.md", "/c/inovasi/a/index.md", "judul: Émas"),
          new Galeri.Content.SourceFile("inovasi/a/index.md", "content/inovasi/a/index.md", "/c/inovasi/a/index.md", "judul: Emas") },
        { new Galeri.Entries.Sections.BodySection(null, "Latar", "latar", "<p>Kota Émas</p>", 3),
          new Galeri.Entries.Sections.BodySection(null, "Latar", "latar", "<p>Kota Emas</p>", 3) },
    };

    [Theory]
    [MemberData(nameof(Different))]
    public void Values_that_differ_have_different_fingerprints(object a, object b)
    {
        Assert.Equal(a.GetType(), b.GetType());
        Assert.NotEqual(ModelFingerprint.Of(null, a), ModelFingerprint.Of(null, b));
        Assert.NotEqual(ModelFingerprint.Of(null, "site", a), ModelFingerprint.Of(null, "site", b));
        Assert.False(ModelComparison.Same(a, b));
        Assert.Equal(ModelFingerprint.Of(null, a), ModelFingerprint.Of(null, a));
        Assert.True(ModelComparison.Same(a, a));
    }
}
