using Galeri.Build;
using Galeri.Tests.Support;

namespace Galeri.Tests.Integration;

/// <summary>Builds the real sample catalog (content/ with theme/) once, for all the tests that read its output.</summary>
public sealed class SampleSiteFixture : IDisposable
{
    private readonly TempDirectory _temp = new();

    public SampleSiteFixture()
    {
        Output = _temp.Combine("public");
        Result = SiteBuilder.Build(new BuildOptions(RepoPaths.Content, RepoPaths.Theme, Output));
    }

    public string Output { get; }
    public BuildResult Result { get; }

    public string Read(string sitePath) => File.ReadAllText(Path.Combine(Output, sitePath));

    public void Dispose() => _temp.Dispose();
}
