using Galeri.Build;
using Galeri.Diagnostics;
using Galeri.Tests.Support;

namespace Galeri.Tests.Corpus;

/// <summary>
/// Every bad input in <c>tests/corpus/cases/</c> is caught by a real build: the exact rule, file and
/// line (and field), a message in both languages, and — for errors — nothing written at all.
/// </summary>
public class CorpusTests
{
    public static TheoryData<string> Cases => new(CorpusCase.Names());

    [Fact]
    public void The_corpus_covers_at_least_forty_bad_inputs() => Assert.True(CorpusCase.Names().Count() >= 40);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_input_is_reported_at_its_rule_file_and_line(string name)
    {
        var expected = CorpusCase.Load(name);
        using var temp = new TempDirectory();
        var content = MiniContent.WriteTo(temp.Path);
        expected.ApplyTo(content);
        var output = temp.Combine("public");

        var result = SiteBuilder.Build(new BuildOptions(content, RepoPaths.Theme, output));

        var found = result.Diagnostics.Where(d => d.Rule == expected.Rule && d.Severity == expected.Severity).ToList();
        var report = string.Join("\n", result.Diagnostics.Select(d => d.ToString()));
        var match = found.FirstOrDefault(d => d.File.EndsWith("/" + expected.File, StringComparison.Ordinal) && d.Line == expected.Line
                                              && (expected.Field is null || d.Field == expected.Field));
        Assert.True(match is not null, $"expected {expected.Severity} {expected.Rule} at {expected.File}:{expected.Line}, got:\n{report}");
        Assert.False(string.IsNullOrWhiteSpace(match.Message("id")));
        Assert.NotEqual(match.Message("id"), match.Message("en"));

        if (expected.Severity == Severity.Error)
        {
            Assert.False(result.Written, report);
            Assert.False(Directory.Exists(output), "nothing may be written on an error");
            // One mistake, one message: no cascade of follow-up errors.
            Assert.True(result.Diagnostics.Count(d => d.Severity == Severity.Error) == 1, report);
        }
        else
        {
            Assert.True(result.Written, report);
            Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        }
    }
}
