using Galeri.Content;

namespace Galeri.Entries;

/// <summary>
/// Related innovations: the entries sharing the most with this one (tags count most, then urusan,
/// then OPD). Scores only the entries that share something, through posting lists of entry
/// indexes, so it stays fast at 10,000 entries. Ties go to the lower slug, so output is stable.
/// </summary>
internal sealed class RelatedFinder
{
    private const int TagWeight = 3;
    private const int UrusanWeight = 2;
    private const int OpdWeight = 1;

    // Sharing only the jenis ranks below everything else; it is used only to fill an otherwise short list.
    private const int JenisWeight = 0;

    private readonly IReadOnlyList<Innovation> _entries;
    private readonly Dictionary<Innovation, int> _indexOf = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<int>> _byTag = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<int>> _byUrusan = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byOpd = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byJenis = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Urusan, string Opd), List<int>> _byUrusanOpd = [];
    private readonly ThreadLocal<int[]> _scores;
    private readonly ThreadLocal<List<int>> _touched = new(() => []);

    // Each entry's urusan and OPD as small numbers, side by side: comparing candidates through their
    // Innovation objects, scattered over a heap of gigabytes, cost a cache miss each (28% of a
    // 50,000-entry build's render phase went to related entries, 5% since).
    private readonly int[] _urusanOf;
    private readonly int[] _opdOf;

    // Reuse across builds: the last build's finder, its answers, and which shared keys changed since.
    private RelatedFinder? _previous;
    private readonly Found?[] _found;

    // Whether the last build's entries had the same slugs at the same places (no entry added or removed):
    // then an entry's place means the same entry in both, and groups are compared by places.
    private readonly bool _samePlaces;
    private Dictionary<string, int>? _placeOfSlug;
    private readonly HashSet<string> _changedTags = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _changedUrusan = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changedOpds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changedJenis = new(StringComparer.Ordinal);

    /// <param name="previous">
    /// The finder of the last build. An entry's answer depends only on the entries sharing its tags
    /// and urusan (and, when the list had to be filled up, its OPD and jenis): where those groups are
    /// the same entry objects as last time, the last answer is reused.
    /// </param>
    public RelatedFinder(SiteContent content, RelatedFinder? previous = null)
    {
        // Entries are sorted by slug, so a lower index is a lower slug.
        _entries = content.Innovations;
        _urusanOf = new int[_entries.Count];
        _opdOf = new int[_entries.Count];
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        int Number(string? code) => code is null ? -1 : numbers.TryGetValue(code, out var n) ? n : numbers[code] = numbers.Count;
        for (var i = 0; i < _entries.Count; i++)
        {
            var entry = _entries[i];
            _urusanOf[i] = Number(entry.UrusanCode);
            _opdOf[i] = Number(entry.OpdCode);
            _indexOf[entry] = i;
            foreach (var tag in entry.Tags.Distinct(StringComparer.OrdinalIgnoreCase)) Add(_byTag, tag, i);
            if (entry.UrusanCode is { } urusan)
            {
                Add(_byUrusan, urusan, i);
                if (!_byUrusanOpd.TryGetValue((urusan, entry.OpdCode), out var same)) _byUrusanOpd[(urusan, entry.OpdCode)] = same = [];
                same.Add(i);
            }
            Add(_byOpd, entry.OpdCode, i);
            if (entry.Jenis is { } jenis) Add(_byJenis, jenis, i);
        }
        _scores = new ThreadLocal<int[]>(() => new int[_entries.Count]);
        _found = new Found?[_entries.Count];
        if (previous is null) return;
        _previous = previous;
        _samePlaces = previous._entries.Count == _entries.Count;
        for (var i = 0; _samePlaces && i < _entries.Count; i++)
            _samePlaces = ReferenceEquals(previous._entries[i], _entries[i]) || previous._entries[i].Slug == _entries[i].Slug;
        Compare(_byTag, previous._byTag, previous._entries, _changedTags);
        Compare(_byUrusan, previous._byUrusan, previous._entries, _changedUrusan);
        Compare(_byOpd, previous._byOpd, previous._entries, _changedOpds);
        Compare(_byJenis, previous._byJenis, previous._entries, _changedJenis);
        previous._previous = null; // keep one generation only
    }

    /// <summary>
    /// The keys whose group of entries changed. A group is the same when it holds the same entries by
    /// slug, even if one of them was edited (a new object): scores depend only on which groups an
    /// entry is in and on its place, so an edit that keeps an entry's tags, urusan, OPD and jenis
    /// changes no other entry's list (before, every entry sharing its urusan was scored again: about
    /// 2,000 at 50,000 entries).
    /// </summary>
    private void Compare(Dictionary<string, List<int>> now, Dictionary<string, List<int>> before, IReadOnlyList<Innovation> beforeEntries, HashSet<string> changed)
    {
        foreach (var (key, list) in now)
            if (!before.TryGetValue(key, out var old) || old.Count != list.Count
                || (_samePlaces ? !list.SequenceEqual(old) : !list.Select(i => _entries[i].Slug).SequenceEqual(old.Select(i => beforeEntries[i].Slug), StringComparer.Ordinal)))
                changed.Add(key);
        foreach (var key in before.Keys)
            if (!now.ContainsKey(key)) changed.Add(key);
    }

    public IReadOnlyList<Innovation> Find(Innovation entry, int count)
    {
        var self = _indexOf[entry];
        if (_previous is not null && _previous._indexOf.TryGetValue(entry, out var before) && _previous._found[before] is { } known
            && known.Count == count && Unchanged(entry, known.Filled) && Here(known) is { } found)
        {
            _found[self] = found;
            return found.Related;
        }
        var places = Search(entry, self, count, out var filled);
        var related = new Found(places, [.. places.Select(i => _entries[i])], count, filled);
        _found[self] = related;
        return related.Related;
    }

    /// <summary>The last build's answer in this build's places and objects (the same list while none of its entries was edited).</summary>
    private Found? Here(Found known)
    {
        var places = known.Places;
        if (!_samePlaces)
        {
            _placeOfSlug ??= Enumerable.Range(0, _entries.Count).ToDictionary(i => _entries[i].Slug, StringComparer.Ordinal);
            var mapped = new int[places.Length];
            for (var i = 0; i < places.Length; i++)
                if (_placeOfSlug.TryGetValue(_previous!._entries[places[i]].Slug, out var place)) mapped[i] = place;
                else return null;
            places = mapped;
        }
        var same = true;
        for (var i = 0; same && i < places.Length; i++) same = ReferenceEquals(_entries[places[i]], known.Related[i]);
        return same ? known with { Places = places } : known with { Places = places, Related = [.. places.Select(i => _entries[i])] };
    }

    /// <param name="Places">The related entries' places in the finder's entries.</param>
    private sealed record Found(int[] Places, IReadOnlyList<Innovation> Related, int Count, bool Filled);

    private bool Unchanged(Innovation entry, bool filled) =>
        !entry.Tags.Any(_changedTags.Contains)
        && (entry.UrusanCode is not { } urusan || !_changedUrusan.Contains(urusan))
        && !(filled && (_changedOpds.Contains(entry.OpdCode) || (entry.Jenis is { } jenis && _changedJenis.Contains(jenis))));

    private int[] Search(Innovation entry, int self, int count, out bool filled)
    {
        var scores = _scores.Value!;
        var touched = _touched.Value!;
        touched.Clear();
        var opd = _opdOf[self];
        void Score(List<int>? list, int weight)
        {
            if (list is null) return;
            foreach (var other in list)
            {
                if (other == self) continue;
                if (scores[other] == 0) touched.Add(other);
                scores[other] += weight;
            }
        }
        foreach (var tag in entry.Tags.Distinct(StringComparer.OrdinalIgnoreCase)) Score(_byTag.GetValueOrDefault(tag), TagWeight);
        if (entry.UrusanCode is { } urusan && _byUrusan.GetValueOrDefault(urusan) is { } sharing)
        {
            if (sharing.Count > LargeGroup) ScoreLargeUrusan(entry, self, urusan, count, touched, scores);
            else Score(sharing, UrusanWeight);
        }
        // The same OPD only breaks ties among entries that already share a tag or urusan (they score
        // at least 2, more than an OPD alone): scoring it for every entry of a large OPD would be wasted work.
        foreach (var other in touched)
            if (_opdOf[other] == opd) scores[other] += OpdWeight;
        // Too few candidates: fill with entries of the same OPD (score 1), then of the same jenis (a
        // last resort, so no entry page ends without suggestions), lowest slug first.
        filled = touched.Count < count;
        Fill(_byOpd.GetValueOrDefault(entry.OpdCode), OpdWeight);
        if (entry.Jenis is { } jenis) Fill(_byJenis.GetValueOrDefault(jenis), JenisWeight);

        void Fill(List<int>? list, int weight)
        {
            if (list is null) return;
            foreach (var other in list)
            {
                if (touched.Count >= count) break;
                if (other == self || scores[other] != 0) continue;
                scores[other] = weight;
                touched.Add(other);
            }
        }

        // Keep the best few in a small sorted array instead of sorting every candidate.
        var best = new List<int>(count + 1);
        foreach (var candidate in touched)
        {
            var position = best.Count;
            while (position > 0 && Better(candidate, best[position - 1], scores)) position--;
            if (position < count)
            {
                best.Insert(position, candidate);
                if (best.Count > count) best.RemoveAt(count);
            }
        }
        foreach (var index in touched) scores[index] = 0;
        return [.. best];
    }

    /// <summary>
    /// Above this many entries in one urusan, scoring every one of them for every entry would make
    /// the related lists quadratic (at 50,000 entries in 25 urusan: 2,000 scored per entry).
    /// </summary>
    private const int LargeGroup = 256;

    /// <summary>
    /// The same scores as scoring the whole urusan, for only the entries that can make the list: those
    /// already scored by a tag get the urusan's weight; of the others, which score the same within
    /// their kind (same urusan and OPD, or only the urusan), the lowest-indexed <paramref name="count"/>
    /// of each kind win every tie, so no other can enter the list.
    /// </summary>
    private void ScoreLargeUrusan(Innovation entry, int self, string urusan, int count, List<int> touched, int[] scores)
    {
        var number = _urusanOf[self];
        var opd = _opdOf[self];
        foreach (var other in touched)
            if (_urusanOf[other] == number) scores[other] += UrusanWeight;
        var withOpd = 0;
        foreach (var other in _byUrusanOpd[(urusan, entry.OpdCode)])
        {
            if (withOpd >= count) break;
            if (other == self || scores[other] != 0) continue;
            scores[other] = UrusanWeight; // the OPD's weight is added with the tag candidates' below
            touched.Add(other);
            withOpd++;
        }
        var without = 0;
        foreach (var other in _byUrusan[urusan])
        {
            if (without >= count) break;
            if (other == self || scores[other] != 0 || _opdOf[other] == opd) continue;
            scores[other] = UrusanWeight;
            touched.Add(other);
            without++;
        }
    }

    private static bool Better(int a, int b, int[] scores) => scores[a] > scores[b] || (scores[a] == scores[b] && a < b);

    private static void Add(Dictionary<string, List<int>> index, string key, int entry)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(entry);
    }
}
