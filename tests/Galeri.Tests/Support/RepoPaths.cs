namespace Galeri.Tests.Support;

/// <summary>Finds the repository's folders from the test's working directory.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");
    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>Where browser screenshots and other artifacts go: <c>artifacts/</c> at the repository root.</summary>
    public static string Artifacts => Path.Combine(Root, "artifacts");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "GaleriInovasi.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("GaleriInovasi.sln not found above " + AppContext.BaseDirectory);
    }
}
