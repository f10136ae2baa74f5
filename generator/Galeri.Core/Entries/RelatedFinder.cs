using Galeri.Content;

namespace Galeri.Entries;

/// <summary>
/// Related innovations: the entries sharing the most with this one (tags count most, then urusan,
/// then OPD). Uses posting lists, not all pairs, so it stays fast at 10,000 entries.
/// </summary>
public sealed class RelatedFinder
{
    private const int TagWeight = 3;
    private const int UrusanWeight = 2;
    private const int OpdWeight = 1;

    private readonly Dictionary<string, List<Innovation>> _byTag = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Innovation>> _byUrusan = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Innovation>> _byOpd = new(StringComparer.Ordinal);

    public RelatedFinder(SiteContent content)
    {
        foreach (var entry in content.Innovations)
        {
            foreach (var tag in entry.Tags) Add(_byTag, tag, entry);
            if (entry.UrusanCode is { } urusan) Add(_byUrusan, urusan, entry);
            Add(_byOpd, entry.OpdCode, entry);
        }
    }

    public IReadOnlyList<Innovation> Find(Innovation entry, int count)
    {
        var scores = new Dictionary<Innovation, int>();
        void Score(List<Innovation>? list, int weight)
        {
            if (list is null) return;
            foreach (var other in list)
                if (!ReferenceEquals(other, entry)) scores[other] = scores.GetValueOrDefault(other) + weight;
        }
        foreach (var tag in entry.Tags) Score(_byTag.GetValueOrDefault(tag), TagWeight);
        if (entry.UrusanCode is { } urusan) Score(_byUrusan.GetValueOrDefault(urusan), UrusanWeight);
        Score(_byOpd.GetValueOrDefault(entry.OpdCode), OpdWeight);
        return scores
            .OrderByDescending(s => s.Value)
            .ThenBy(s => s.Key.Slug, StringComparer.Ordinal)
            .Take(count)
            .Select(s => s.Key)
            .ToList();
    }

    private static void Add(Dictionary<string, List<Innovation>> index, string key, Innovation entry)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(entry);
    }
}
