namespace Galeri.Text;

/// <summary>Finds the likely intended word for a typo ("ringkasn" → "ringkasan", "dishub2" → "dishub").</summary>
internal static class Suggestions
{
    public static string? Closest(string value, IEnumerable<string> candidates)
    {
        var lowered = value.Trim().ToLowerInvariant();
        // A shortened name ("siap-uji-kir" for "siap-uji-kir-online") is a likely intent even when many letters are missing.
        var extended = candidates.Where(c => lowered.Length >= 4 && c.StartsWith(lowered, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Length).ThenBy(c => c, StringComparer.Ordinal).FirstOrDefault();
        if (extended is not null && !extended.Equals(lowered, StringComparison.Ordinal)) return extended;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(lowered, candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        // Allow about one edit per three letters, and never suggest something unrelated.
        var allowed = Math.Max(2, lowered.Length / 3);
        return best is not null && bestDistance <= allowed && bestDistance < Math.Max(lowered.Length, 1) ? best : null;
    }

    /// <summary>Optimal string alignment distance: Levenshtein plus adjacent transpositions.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }
}
