namespace Galeri.Tests.Search.Browser;

/// <summary>
/// The relevance test set (issue: "Search a delegation can trust"), run in Chromium against the
/// built sites as a submitted search: the sample and a second catalog of another region.
/// </summary>
public class RelevanceTests(RelevanceFixture sites) : IClassFixture<RelevanceFixture>
{
    [Theory]
    [MemberData(nameof(RelevanceCases.Sample), MemberType = typeof(RelevanceCases))]
    public void On_the_sample(string query, string expected) => Check(sites.Sample, query, expected);

    [Theory]
    [MemberData(nameof(RelevanceCases.Lereng), MemberType = typeof(RelevanceCases))]
    public void On_a_second_catalog(string query, string expected) => Check(sites.Lereng, query, expected);

    private void Check(string site, string query, string expected)
    {
        sites.Page(site);
        var outcome = SearchOutcome.Of(sites.Driver, query);
        var colon = expected.IndexOf(':');
        var (kind, value) = colon < 0 ? (expected, "") : (expected[..colon], expected[(colon + 1)..]);
        var why = $"\"{query}\" → {outcome}";
        switch (kind)
        {
            case "first":
                Assert.True(outcome.Full > 0 && outcome.Names[0] == value, $"expected {value} first; {why}");
                break;
            case "top3":
                Assert.True(outcome.Full > 0 && outcome.Names.Take(Math.Min(3, outcome.Full)).Contains(value), $"expected {value} in the top 3; {why}");
                break;
            case "only":
                Assert.True(outcome.Full == 1 && outcome.Names[0] == value, $"expected {value} alone; {why}");
                break;
            case "none":
                Assert.True(outcome.Full == 0 && outcome.Names.Count == 0, $"expected nothing; {why}");
                break;
            case "partial":
                Assert.True(outcome.Full == 0 && outcome.Partial && outcome.Names.Contains(value), $"expected no full match and {value} among the partial ones; {why}");
                break;
            case "reasons":
                Assert.True(outcome.Full > 0 && outcome.Reasons.All(r => r.Contains(value, StringComparison.OrdinalIgnoreCase)), $"expected every reason to name \"{value}\"; {why}");
                break;
            default:
                throw new ArgumentException("unknown expectation " + expected);
        }
    }
}
