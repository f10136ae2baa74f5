using System.Reflection;
using System.Runtime.CompilerServices;
using Galeri.Tests.Support;

namespace Galeri.Tests.Packaging;

/// <summary>
/// Galeri.Core's public surface is a deliberate list (public-surface.txt): a type made public by
/// accident, or a tool that starts reaching into the pipeline's parts, fails here with what to do.
/// </summary>
public class PublicSurfaceTests
{
    private static readonly string ListPath = Path.Combine(RepoPaths.Root, "tests", "Galeri.Tests", "Packaging", "public-surface.txt");

    private static readonly Assembly Core = typeof(Galeri.Build.SiteBuilder).Assembly;

    [Fact]
    public void Public_types_are_the_listed_ones()
    {
        var listed = File.ReadLines(ListPath)
            .Select(line => line.Split('#')[0].Trim())
            .Where(name => name.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        var exported = Core.GetExportedTypes().Select(t => t.FullName!).ToHashSet(StringComparer.Ordinal);

        var added = exported.Except(listed).Order(StringComparer.Ordinal).ToList();
        var removed = listed.Except(exported).Order(StringComparer.Ordinal).ToList();
        Assert.True(added.Count == 0 && removed.Count == 0,
            "Galeri.Core's public types changed." +
            (added.Count > 0 ? $"\n  Public but not listed: {string.Join(", ", added)}" : "") +
            (removed.Count > 0 ? $"\n  Listed but not public: {string.Join(", ", removed)}" : "") +
            $"\nThe public surface is what the galeri tool needs; everything else is internal (the tests and the benchmark see it anyway)." +
            $"\nIf the change is deliberate, update {Path.GetRelativePath(RepoPaths.Root, ListPath)}: one type a line, with why it is public after '#'." +
            "\nOtherwise make the type internal again.");
    }

    [Fact]
    public void Only_the_tests_and_the_benchmark_see_the_internals()
    {
        var friends = Core.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).Order(StringComparer.Ordinal);

        // The galeri tool stays on the public surface: were it a friend, nothing would keep it there.
        Assert.Equal(["Galeri.Benchmark", "Galeri.Tests"], friends);
    }
}
