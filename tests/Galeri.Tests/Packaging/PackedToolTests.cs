using System.Diagnostics;
using System.IO.Compression;
using Galeri.Tests.Browser;
using Galeri.Tests.Support;

namespace Galeri.Tests.Packaging;

/// <summary>
/// The tool as Balitbang installs it: <c>dotnet pack</c>, <c>dotnet tool install</c> from that
/// package alone, then a build of the sample with the theme shipped inside the tool, whose search
/// must work in Chromium. The package ships the node_modules files sites use, not the trees.
/// </summary>
public class PackedToolTests
{
    private const string PackageId = "GaleriInovasi.Tool";
    private const string ShippedTheme = "tools/net10.0/any/theme/";

    /// <summary>The packages whose files a built site uses (search, editor), as SearchRuntime and EditorRuntime read them.</summary>
    private static readonly string[] ShippedPackages = ["@orama/stemmers/", "decap-cms/", "js-yaml/"];

    [Fact]
    public void The_installed_tool_builds_a_site_whose_search_works()
    {
        HeadlessChromium.RequireInstalled();
        using var temp = new TempDirectory();
        var pack = temp.Combine("pack");
        // The configuration this test was built in: the tool's build output is already there.
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        Run("dotnet", RepoPaths.Root, "pack", Path.Combine(RepoPaths.Root, "generator", "Galeri.Cli", "Galeri.Cli.csproj"),
            "-c", configuration, "--no-build", "-o", pack, "-p:PackageVersion=0.0.0-test");

        var package = Directory.GetFiles(pack, PackageId + ".*.nupkg").Single();
        using (var zip = ZipFile.OpenRead(package))
        {
            var modules = zip.Entries.Where(e => e.FullName.StartsWith(ShippedTheme + "node_modules/", StringComparison.Ordinal)).ToList();
            var outside = modules.Select(e => e.FullName[(ShippedTheme.Length + "node_modules/".Length)..])
                .Where(p => !ShippedPackages.Any(s => p.StartsWith(s, StringComparison.Ordinal))).ToList();
            Assert.True(outside.Count == 0, "shipped beyond what sites use: " + string.Join(", ", outside.Take(10)));
            Assert.DoesNotContain(modules, e => e.FullName.EndsWith(".map", StringComparison.Ordinal));
            Assert.Contains(modules, e => e.FullName.EndsWith("@orama/stemmers/dist/id.cjs", StringComparison.Ordinal));
            Assert.Contains(modules, e => e.FullName.EndsWith("decap-cms/dist/decap-cms.js", StringComparison.Ordinal));
            Assert.InRange(modules.Sum(e => e.Length), 1, 15_000_000);
        }

        // Only the folder with the package: nothing comes from a network feed.
        var config = temp.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="galeri" value="{pack}" /></packageSources></configuration>
            """);
        var tools = temp.Combine("tools");
        Run("dotnet", temp.Path, "tool", "install", "--tool-path", tools, "--configfile", config, "--version", "0.0.0-test", PackageId);

        var output = temp.Combine("public");
        Run(Path.Combine(tools, "galeri"), temp.Path, "build", "--content", RepoPaths.Content, "--output", output,
            "--base-url", "https://inovasi.contoh.go.id" + StaticSiteServer.DefaultBasePath);

        using var server = new StaticSiteServer(output);
        var driver = HeadlessChromium.Start();
        try
        {
            var page = new SearchPageDriver(driver);
            page.Open(server.BaseUrl + "cari/");
            page.Type("kir");
            Assert.Equal("Aplikasi Siap Uji KIR Online", page.ResultNames[0]);
            Assert.Empty(page.SevereConsoleMessages());
        }
        finally
        {
            driver.Quit();
        }
    }

    private static void Run(string program, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), $"{program} {string.Join(' ', arguments)} did not finish in 5 minutes");
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
    }
}
