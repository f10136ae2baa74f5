namespace Galeri.Model;

/// <summary>
/// One field of a content type, declared once: what it holds, whether it must be written, its
/// vocabulary and range, the hint writers read, and where it is used beyond the entry page.
/// The JSON Schema, the <c>galeri new</c> scaffold, the parser's key and value checks and the field
/// table in content/README.md are all derived from these declarations.
/// </summary>
/// <param name="Key">The YAML key, as staff write it.</param>
/// <param name="Hint">What to write, in Bahasa Indonesia: the JSON Schema description editors show.</param>
internal sealed record Field(string Key, FieldType Type, string Hint)
{
    /// <summary>The earliest year any year field accepts.</summary>
    public const int FirstYear = 1945;

    /// <summary>A year in an entry is never later than next year (an award announced for it at most).</summary>
    public static int LastYear => DateTime.Today.Year + 1;

    public bool Required { get; init; }

    /// <summary>The closed list of codes a <see cref="FieldType.Choice"/> (or a list of them) takes; labels live in the theme's i18n files under <see cref="Key"/>.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>For <see cref="FieldType.Code"/>: which list in content/ holds the codes (<see cref="CodeLists"/>).</summary>
    public string? CodeList { get; init; }

    private readonly decimal? _minimum;
    private readonly decimal? _maximum;

    public decimal? Minimum { get => Type == FieldType.Year ? FirstYear : _minimum; init => _minimum = value; }

    public decimal? Maximum { get => Type == FieldType.Year ? LastYear : _maximum; init => _maximum = value; }

    /// <summary>For <see cref="FieldType.List"/>: what each item is (its key is unused).</summary>
    public Field? Item { get; init; }

    /// <summary>For <see cref="FieldType.Group"/>: its fields, in the order they are written.</summary>
    public IReadOnlyList<Field> Fields { get; init; } = [];

    /// <summary>The comment beside the key in a new entry (<c>galeri new</c>); none when null.</summary>
    public string? Note { get; init; }

    /// <summary>content/README.md's "Wajib/Opsional" cell, when more than "Wajib" or "Opsional" must be said.</summary>
    public string? DocRequirement { get; init; }

    /// <summary>content/README.md's "Isi yang diperbolehkan" cell, when the type alone does not say it.</summary>
    public string? DocAllowed { get; init; }

    /// <summary>content/README.md's "Contoh" cell, as Markdown.</summary>
    public string DocExample { get; init; } = "";

    /// <summary>How much a match in this field counts in search (0: not searched). A name match outweighs ten in the body (weight 1).</summary>
    public int SearchWeight { get; init; }

    /// <summary>Offered as a filter on the search page.</summary>
    public bool Facet { get; init; }

    /// <summary>Browsable as a taxonomy (a page per value).</summary>
    public bool Taxonomy { get; init; }

    /// <summary>A column of the open-data export.</summary>
    public bool OpenData { get; init; }

    /// <summary>The field's sub-field by key, or null.</summary>
    public Field? Find(string key) => Fields.FirstOrDefault(f => f.Key == key);

    /// <summary>The keys of <see cref="Fields"/>, for the unknown-key check.</summary>
    public IReadOnlyList<string> Keys => _keys ??= [.. Fields.Select(f => f.Key)];

    // Asked for by every entry's unknown-key check; the fields never change after declaration.
    private IReadOnlyList<string>? _keys;
}
