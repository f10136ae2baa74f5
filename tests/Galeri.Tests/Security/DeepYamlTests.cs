using Galeri.Yaml;

namespace Galeri.Tests.Security;

/// <summary>
/// YAML nested tens of thousands deep (issue #9, item 6) ended the process with "Stack overflow".
/// Generated at test time and checked for real: one error at the line where the nesting passes the limit.
/// </summary>
public class DeepYamlTests
{
    private const string Tags = "tag: [uji kir, kendaraan]";

    public static TheoryData<string, string, string, int> Inputs => new()
    {
        { "[ 30,000 deep", HostileInputCheck.Entry, "tag: " + new string('[', 30_000), 12 },
        { "[ 30,000 deep and closed", HostileInputCheck.Entry, "tag: " + new string('[', 30_000) + new string(']', 30_000), 12 },
        { "{ 30,000 deep", HostileInputCheck.Entry, "tag: " + string.Concat(Enumerable.Repeat("{a: ", 30_000)), 12 },
        { "- 30,000 deep", HostileInputCheck.Entry, "tag:\n  " + string.Concat(Enumerable.Repeat("- ", 30_000)) + "a", 13 },
        { "maps indented 500 deep", HostileInputCheck.Entry, "tag:\n" + string.Concat(Enumerable.Range(1, 500).Select(i => new string(' ', i) + "a:\n")), 12 + YamlTreeReader.MaxDepth },
        { "opd.yml [ 30,000 deep", "opd.yml", new string('[', 30_000), 1 },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Nesting_past_the_limit_is_one_error_at_its_line(string name, string file, string yaml, int line)
    {
        Assert.NotEmpty(name);
        HostileInputCheck.AssertSingleError(file, text => file == HostileInputCheck.Entry ? text.Replace(Tags, yaml) : yaml, "yaml-too-deep", line);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        var yaml = "a: " + new string('[', YamlTreeReader.MaxDepth - 1) + new string(']', YamlTreeReader.MaxDepth - 1) + "\n";
        var bag = new Galeri.Diagnostics.DiagnosticBag();
        Assert.NotNull(YamlTreeReader.Read(yaml, "f.yml", 0, bag));
        Assert.Empty(bag.Sorted());
    }
}
