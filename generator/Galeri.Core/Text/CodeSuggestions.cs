namespace Galeri.Text;

/// <summary>
/// The code a writer probably meant when they wrote an unknown one: the code itself in other
/// letters ("Dishub"), a near spelling ("dishub2"), or the agency or urusan by its name or short
/// name ("Dinas Perhubungan", "DPMPTSP"), which is what staff know them by.
/// </summary>
internal static class CodeSuggestions
{
    /// <param name="items">Each code with the names it is known by.</param>
    public static string? Closest(string written, IEnumerable<(string Code, IEnumerable<string?> Names)> items)
    {
        var list = items.ToList();
        var value = written.Trim();
        foreach (var (code, names) in list)
            if (code.Equals(value, StringComparison.OrdinalIgnoreCase) || names.Any(n => n is not null && n.Trim().Equals(value, StringComparison.OrdinalIgnoreCase)))
                return code;
        if (Suggestions.Closest(value, list.Select(i => i.Code)) is { } near) return near;
        var byName = list.SelectMany(i => i.Names.OfType<string>().Select(n => (Name: n.Trim(), i.Code))).ToList();
        return Suggestions.Closest(value, byName.Select(n => n.Name)) is { } name ? byName.First(n => n.Name == name).Code : null;
    }
}
