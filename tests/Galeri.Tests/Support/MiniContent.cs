namespace Galeri.Tests.Support;

/// <summary>
/// A small, valid content folder: <c>tests/corpus/base/</c>. Tests copy it, change one thing and look
/// at the effect; the bad-input corpus (<c>tests/corpus/cases/</c>) is written as changes to it.
/// In <see cref="Entry"/>, "opd" is on line 3, "urusan" on line 7 and "tanggal_penerapan" on line 11.
/// </summary>
public static class MiniContent
{
    public static string BaseFolder => Path.Combine(RepoPaths.Root, "tests", "corpus", "base");

    public static string Entry => Read("inovasi/siap-uji-kir-online/index.md");

    public static string Read(string relative) => File.ReadAllText(Path.Combine(BaseFolder, relative));

    /// <summary>Copies the base content into <paramref name="root"/>/content and returns that folder.</summary>
    public static string WriteTo(string root)
    {
        var content = Path.Combine(root, "content");
        DirectoryCopy.Copy(BaseFolder, content);
        return content;
    }
}
