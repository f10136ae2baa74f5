namespace Galeri.Search.Analysis;

/// <summary>
/// Snowball's Indonesian stemmer (the "Porter stemmer for Bahasa Indonesia", F. Z. Tala, 2003), written
/// from the algorithm's description. The browser runs the npm <c>@orama/stemmers</c> build of the same
/// algorithm, and the index only works if both give the same stem for every word, so this class follows
/// that implementation's observable behaviour exactly (a parity test checks thousands of words).
/// </summary>
/// <remarks>
/// <para>The "measure" is the number of vowels (a, e, i, o, u). Nothing is removed from a word with two
/// vowels or fewer, and every removal takes away exactly one vowel, so each step re-checks the measure.</para>
/// <para>Steps: particle (-kah, -lah, -pun); possessive pronoun (-ku, -mu, -nya); then either a first-order
/// prefix (di-, ke-, me-, meng-, peng-, ter-, ... ), a derivational suffix (-i, -an, -kan) and, only if that
/// suffix went, a second-order prefix (be-, ber-, pe-, per-); or, when there is no first-order prefix, a
/// second-order prefix and then the suffix. Which prefix was removed decides which suffixes may go.</para>
/// </remarks>
internal static class IndonesianStemmer
{
    // The kind of prefix removed; the suffix rules depend on it (Tala's tables 2.5 to 2.7).
    private const int NoPrefix = 0;
    private const int DiMengTer = 1;
    private const int Per = 2;
    private const int KePeng = 3;
    private const int Ber = 4;

    private static readonly string[] Particles = ["kah", "lah", "pun"];
    private static readonly string[] Possessives = ["nya", "ku", "mu"];

    /// <param name="word">A lower-case word.</param>
    public static string Stem(string word)
    {
        var measure = CountVowels(word);
        if (measure <= 2) return word;

        if (TryRemoveEnding(ref word, Particles)) measure--;
        if (measure <= 2) return word;
        if (TryRemoveEnding(ref word, Possessives)) measure--;
        if (measure <= 2) return word;

        var prefix = NoPrefix;
        if (TryRemoveFirstOrderPrefix(ref word, ref prefix, out var stemStart))
        {
            measure--;
            // stemStart is 1 when the prefix became a letter ("mem-" + vowel -> "p"): that letter belongs to
            // the stem, so neither the suffix rules nor the second-order prefix may look at or before it.
            if (measure > 2 && TryRemoveSuffix(ref word, prefix, stemStart))
            {
                measure--;
                if (measure > 2) TryRemoveSecondOrderPrefix(ref word, ref prefix, stemStart);
            }
        }
        else
        {
            if (TryRemoveSecondOrderPrefix(ref word, ref prefix, 0)) measure--;
            if (measure > 2) TryRemoveSuffix(ref word, prefix, 0);
        }
        return word;
    }

    private static int CountVowels(string word)
    {
        var count = 0;
        foreach (var c in word)
            if (IsVowel(c)) count++;
        return count;
    }

    // Only the five ASCII vowels count: the algorithm knows nothing of accented letters.
    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool VowelAt(string word, int index) => index < word.Length && IsVowel(word[index]);

    private static bool HasAt(string word, int index, string text) =>
        word.AsSpan(index).StartsWith(text, StringComparison.Ordinal);

    private static bool TryRemoveEnding(ref string word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (!word.EndsWith(ending, StringComparison.Ordinal)) continue;
            word = word[..^ending.Length];
            return true;
        }
        return false;
    }

    /// <summary>di-, ke-, me-/mem-/men-/meng-/meny-, pem-/pen-/peng-/peny-, ter-; the longest that fits.</summary>
    /// <param name="stemStart">Where the stem begins afterwards: 0, or 1 when the prefix left a letter behind.</param>
    private static bool TryRemoveFirstOrderPrefix(ref string word, ref int prefix, out int stemStart)
    {
        stemStart = 0;
        var meOrPe = word.StartsWith("me", StringComparison.Ordinal) ? DiMengTer
            : word.StartsWith("pe", StringComparison.Ordinal) ? KePeng
            : NoPrefix;
        if (meOrPe != NoPrefix)
        {
            // meny-/peny- + vowel is the nasalised form of an s- word: menyapu <- sapu.
            // Without the vowel, meny-/peny- counts as men-/pen- (below).
            if (HasAt(word, 2, "ny") && VowelAt(word, 4))
                return Replace(ref word, 4, "s", meOrPe, ref prefix, out stemStart);
            if (HasAt(word, 2, "ng"))
                return Replace(ref word, 4, "", meOrPe, ref prefix, out stemStart);
            // mem-/pem- + vowel is the nasalised form of a p- word: memakai <- pakai.
            if (HasAt(word, 2, "m"))
                return Replace(ref word, 3, VowelAt(word, 3) ? "p" : "", meOrPe, ref prefix, out stemStart);
            if (HasAt(word, 2, "n"))
                return Replace(ref word, 3, "", meOrPe, ref prefix, out stemStart);
            // Plain me- is a first-order prefix; plain pe- is not (it is the second-order pe-/per-).
            if (meOrPe == DiMengTer)
                return Replace(ref word, 2, "", DiMengTer, ref prefix, out stemStart);
            return false;
        }
        if (word.StartsWith("ter", StringComparison.Ordinal))
            return Replace(ref word, 3, "", DiMengTer, ref prefix, out stemStart);
        if (word.StartsWith("di", StringComparison.Ordinal))
            return Replace(ref word, 2, "", DiMengTer, ref prefix, out stemStart);
        if (word.StartsWith("ke", StringComparison.Ordinal))
            return Replace(ref word, 2, "", KePeng, ref prefix, out stemStart);
        return false;
    }

    private static bool Replace(ref string word, int length, string replacement, int kind, ref int prefix, out int stemStart)
    {
        word = replacement + word[length..];
        prefix = kind;
        stemStart = replacement.Length;
        return true;
    }

    /// <summary>be-, ber-, belajar, pe-, per-, pelajar at <paramref name="start"/>; the longest that fits.</summary>
    private static bool TryRemoveSecondOrderPrefix(ref string word, ref int prefix, int start)
    {
        var rest = word.AsSpan(start);
        int length;
        var replacement = "";
        if (rest.StartsWith("belajar", StringComparison.Ordinal))
        {
            // belajar and pelajar are irregular (ber-/per- + ajar); both become "ajar", but only
            // belajar records its prefix kind.
            (length, replacement, prefix) = (7, "ajar", Ber);
        }
        else if (rest.StartsWith("pelajar", StringComparison.Ordinal))
        {
            (length, replacement) = (7, "ajar");
        }
        else if (rest.StartsWith("ber", StringComparison.Ordinal))
        {
            (length, prefix) = (3, Ber);
        }
        else if (rest.StartsWith("per", StringComparison.Ordinal))
        {
            (length, prefix) = (3, Per);
        }
        else if (rest.StartsWith("be", StringComparison.Ordinal) && rest.Length >= 5 && !IsVowel(rest[2]) && rest[3..].StartsWith("er", StringComparison.Ordinal))
        {
            // be- + consonant + er: bekerja <- kerja (ber- loses its r before a syllable with -er-).
            (length, prefix) = (2, Ber);
        }
        else if (rest.StartsWith("pe", StringComparison.Ordinal))
        {
            (length, prefix) = (2, Per);
        }
        else
        {
            return false;
        }
        word = string.Concat(word.AsSpan(0, start), replacement, word.AsSpan(start + length));
        return true;
    }

    /// <summary>-kan, -an or -i, each allowed only after certain prefixes; none may reach before <paramref name="stemStart"/>.</summary>
    private static bool TryRemoveSuffix(ref string word, int prefix, int stemStart)
    {
        var length = 0;
        if (EndsWithin(word, "kan", stemStart) && prefix != KePeng && prefix != Per) length = 3;
        else if (EndsWithin(word, "an", stemStart) && prefix != DiMengTer) length = 2;
        else if (EndsWithin(word, "i", stemStart) && prefix <= Per && !EndsWithin(word[..^1], "s", stemStart))
            // -i is kept after s: it protects loanwords such as "informasi" or "administrasi".
            length = 1;
        if (length == 0) return false;
        word = word[..^length];
        return true;
    }

    private static bool EndsWithin(string word, string ending, int stemStart) =>
        word.Length - ending.Length >= stemStart && word.EndsWith(ending, StringComparison.Ordinal);
}
