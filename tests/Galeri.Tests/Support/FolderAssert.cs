namespace Galeri.Tests.Support;

/// <summary>Compares two built sites file by file: the same paths, and each file byte for byte.</summary>
public static class FolderAssert
{
    /// <param name="expected">The reference folder (usually a clean build).</param>
    /// <param name="differs">How a differing file is reported: "<c>{path} differs {differs}</c>".</param>
    public static void SameFiles(string expected, string actual, string differs = "from a clean build")
    {
        var a = DirectoryCopy.Snapshot(expected);
        var b = DirectoryCopy.Snapshot(actual);
        Assert.Equal(a.Keys, b.Keys);
        foreach (var (path, bytes) in a) Assert.True(bytes.AsSpan().SequenceEqual(b[path]), $"{path} differs {differs}");
    }
}
