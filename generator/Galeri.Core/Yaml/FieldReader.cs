using System.Globalization;
using System.Net.Mail;
using Galeri.Diagnostics;
using Galeri.Text;

namespace Galeri.Yaml;

/// <summary>
/// Reads typed fields out of a <see cref="YamlMap"/>, reporting every problem (missing, wrong
/// type, value not allowed, unknown key) with the field's file position instead of throwing.
/// A field that has a problem reads as absent, so parsing continues and all problems are found in one run.
/// </summary>
internal sealed class FieldReader(YamlMap map, string file, DiagnosticBag diagnostics, string fieldPrefix = "")
{
    // Fields an unknown key was probably meant to be ("ringkasn" → "ringkasan"): the typo is already
    // reported with that suggestion, so the field is not reported missing as well.
    private readonly HashSet<string> _misspelled = new(StringComparer.Ordinal);

    // Keys some typed read asked for: a content type's fields without typed code are read by their declared type alone.
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);

    public YamlMap Map => map;
    public string File => file;
    public DiagnosticBag Diagnostics => diagnostics;

    public string FieldName(string key) => fieldPrefix + key;

    public SourcePosition PositionOf(string key) => map.Find(key)?.Key.Position ?? map.Position;

    /// <summary>Whether a typed read (<see cref="Text"/>, <see cref="Nested"/>, ...) has asked for this key.</summary>
    public bool Asked(string key) => _asked.Contains(key);

    private YamlNode? Value(string key, bool required)
    {
        _asked.Add(key);
        var entry = map.Find(key);
        var value = entry?.Value;
        if (value is null || value is YamlScalar { IsNull: true } || value is YamlScalar { Value.Length: 0 })
        {
            if (required && !_misspelled.Contains(key) && !map.Unreadable.Contains(key))
                diagnostics.Error(file, entry?.Key.Position ?? map.Position, FieldName(key), "required", FieldName(key));
            return null;
        }
        return value;
    }

    public string? Text(string key, bool required = false)
    {
        switch (Value(key, required))
        {
            case null: return null;
            case YamlScalar scalar:
                var text = scalar.Value.Trim();
                if (text.Length == 0 && required)
                    diagnostics.Error(file, scalar.Position, FieldName(key), "required", FieldName(key));
                return text.Length == 0 ? null : text;
            case var other:
                diagnostics.Error(file, other.Position, FieldName(key), "type-text", FieldName(key));
                return null;
        }
    }

    public string? Choice(string key, IReadOnlyList<string> allowed, bool required = false)
    {
        var value = Text(key, required);
        if (value is null || allowed.Contains(value, StringComparer.Ordinal)) return value;
        diagnostics.Error(file, PositionOf(key), FieldName(key), "enum",
            FieldName(key), value, string.Join(", ", allowed), Suggestions.Closest(value, allowed) ?? "");
        return null;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var value = Text(key, required);
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        diagnostics.Error(file, PositionOf(key), FieldName(key), "date-invalid", FieldName(key), value);
        return null;
    }

    public int? Integer(string key, int min, int max, bool required = false)
    {
        var node = Value(key, required);
        return node is null ? null : ReadInteger(node, FieldName(key), min, max);
    }

    private int? ReadInteger(YamlNode node, string field, int min, int max)
    {
        if (node is not YamlScalar scalar || !int.TryParse(scalar.Value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            diagnostics.Error(file, node.Position, field, "type-integer", field, Describe(node));
            return null;
        }
        if (number < min || number > max)
        {
            diagnostics.Error(file, node.Position, field, "out-of-range", field,
                min.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture), number.ToString(CultureInfo.InvariantCulture));
            return null;
        }
        return number;
    }

    /// <summary>Decimals a number may have: the site shows two, and more would let a tiny "sebelum" overflow a change in percent.</summary>
    public const int MaxDecimals = 4;

    /// <summary>
    /// A number written with a dot as the decimal mark, between <paramref name="min"/> and
    /// <paramref name="max"/>. A comma or grouping dots are refused (see <see cref="NumberNotation"/>).
    /// </summary>
    public decimal? Number(string key, decimal min, decimal max, bool required = false)
    {
        var node = Value(key, required);
        if (node is null) return null;
        var field = FieldName(key);
        var written = node is YamlScalar scalar ? scalar.Value.Trim() : "";
        var reading = node is YamlScalar ? NumberNotation.Read(written) : new NumberNotation.Result(NumberNotation.Reading.NotANumber);
        switch (reading.Reading)
        {
            case NumberNotation.Reading.NotANumber:
                diagnostics.Error(file, node.Position, field, "type-number", field, Describe(node));
                return null;
            case NumberNotation.Reading.Separator:
                diagnostics.Error(file, node.Position, field, "number-separator", field, written, reading.Suggestion);
                return null;
        }
        if (reading.Reading == NumberNotation.Reading.TooLarge || reading.Value < min || reading.Value > max)
        {
            diagnostics.Error(file, node.Position, field, "out-of-range", field,
                min.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture), written);
            return null;
        }
        if (reading.Decimals > MaxDecimals)
        {
            diagnostics.Error(file, node.Position, field, "number-decimals", field, written, MaxDecimals.ToString(CultureInfo.InvariantCulture));
            return null;
        }
        if (reading.LooksLikeThousands)
            diagnostics.Warning(file, node.Position, field, "number-thousands-dot", field, written, written.Replace(".", "", StringComparison.Ordinal));
        return reading.Value;
    }

    public bool? Boolean(string key, bool required = false)
    {
        var node = Value(key, required);
        if (node is null) return null;
        if (node is YamlScalar scalar)
        {
            switch (scalar.Value.Trim())
            {
                case "true" or "True" or "TRUE" or "ya" or "Ya": return true;
                case "false" or "False" or "FALSE" or "tidak" or "Tidak": return false;
            }
        }
        diagnostics.Error(file, node.Position, FieldName(key), "type-boolean", FieldName(key), Describe(node));
        return null;
    }

    public string? Url(string key)
    {
        var value = Text(key);
        if (value is null) return null;
        if (IsWebUrl(value)) return value;
        diagnostics.Error(file, PositionOf(key), FieldName(key), "url-invalid", FieldName(key), value);
        return null;
    }

    public string? Email(string key)
    {
        var value = Text(key);
        if (value is null) return null;
        if (IsEmail(value)) return value;
        diagnostics.Error(file, PositionOf(key), FieldName(key), "email-invalid", value);
        return null;
    }

    /// <summary>A list of texts. A single text is accepted as a one-item list, since that is what the writer meant.</summary>
    public IReadOnlyList<(string Value, SourcePosition Position)> TextList(string key)
    {
        var node = Value(key, false);
        switch (node)
        {
            case null: return [];
            case YamlScalar scalar: return SingleTextItem.Read(this, key, scalar);
            case YamlSequence sequence:
                var result = new List<(string, SourcePosition)>(sequence.Items.Count);
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } s && s.Value.Trim().Length > 0) result.Add((s.Value.Trim(), s.Position));
                    else if (item is not YamlScalar) diagnostics.Error(file, item.Position, FieldName(key), "type-text", FieldName(key));
                }
                return result;
            default:
                diagnostics.Error(file, node.Position, FieldName(key), "type-list", FieldName(key));
                return [];
        }
    }

    public IReadOnlyList<int> IntegerList(string key, int min, int max)
    {
        var node = Value(key, false);
        switch (node)
        {
            case null: return [];
            case YamlScalar scalar: return ReadInteger(scalar, FieldName(key), min, max) is { } single ? [single] : [];
            case YamlSequence sequence:
                var result = new List<int>(sequence.Items.Count);
                foreach (var item in sequence.Items)
                    if (ReadInteger(item, FieldName(key), min, max) is { } number && !result.Contains(number)) result.Add(number);
                return result;
            default:
                diagnostics.Error(file, node.Position, FieldName(key), "type-list", FieldName(key));
                return [];
        }
    }

    public FieldReader? Nested(string key)
    {
        var node = Value(key, false);
        switch (node)
        {
            case null: return null;
            case YamlMap nested: return new FieldReader(nested, file, diagnostics, FieldName(key) + ".");
            default:
                diagnostics.Error(file, node.Position, FieldName(key), "type-map", FieldName(key));
                return null;
        }
    }

    /// <summary>A list of maps, e.g. <c>dampak</c>; each item is handed out as its own reader.</summary>
    public IReadOnlyList<FieldReader> NestedList(string key)
    {
        var node = Value(key, false);
        if (node is null) return [];
        if (node is not YamlSequence sequence)
        {
            diagnostics.Error(file, node.Position, FieldName(key), "type-list", FieldName(key));
            return [];
        }
        var result = new List<FieldReader>(sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (sequence.Items[i] is YamlMap item) result.Add(new FieldReader(item, file, diagnostics, $"{FieldName(key)}[{i + 1}]."));
            else diagnostics.Error(file, sequence.Items[i].Position, $"{FieldName(key)}[{i + 1}]", "type-map", $"{FieldName(key)}[{i + 1}]");
        }
        return result;
    }

    public void RejectUnknownKeys(IReadOnlyList<string> known)
    {
        foreach (var entry in map.Entries)
        {
            if (known.Contains(entry.Key.Value, StringComparer.Ordinal)) continue;
            var suggestion = Suggestions.Closest(entry.Key.Value, known);
            if (suggestion is not null && map.Find(suggestion) is null) _misspelled.Add(suggestion);
            diagnostics.Error(file, entry.Key.Position, FieldName(entry.Key.Value), "unknown-key",
                FieldName(entry.Key.Value), suggestion ?? "");
        }
    }

    /// <summary>
    /// An absolute http(s) address with a host, and no user name before it: in
    /// <c>https://magelangkota.go.id@evil.example/</c> the host is evil.example, whatever it looks like.
    /// </summary>
    public static bool IsWebUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0
        && uri.UserInfo.Length == 0;

    /// <summary>
    /// The address a whole site is published at (<c>base_url</c>, <c>--base-url</c>): a web address
    /// whose path is plain, since every absolute link of the site (404.html, canonical links, the
    /// sitemap) is made by appending to it. No '//' or '\' or dot segment in the path
    /// (<c>https://host//evil.example/</c> makes "//evil.example/" a link to another host), no query, no fragment.
    /// </summary>
    public static bool IsBaseUrl(string value)
    {
        if (!IsWebUrl(value) || value.AsSpan().IndexOfAny('?', '#', '\\') >= 0 || value.Any(char.IsWhiteSpace)) return false;
        var authority = value.IndexOf("://", StringComparison.Ordinal) + 3;
        var slash = value.IndexOf('/', authority);
        if (slash < 0) return true;
        var path = value[slash..];
        return !path.Contains("//", StringComparison.Ordinal)
               && !path.Split('/').Any(segment => segment is "." or ".." || segment.Equals("%2e", StringComparison.OrdinalIgnoreCase) || segment.Equals("%2e%2e", StringComparison.OrdinalIgnoreCase));
    }

    public static bool IsEmail(string value) =>
        !value.Contains(' ') && value.Count(c => c == '@') == 1
        && MailAddress.TryCreate(value, out var address) && address.Address == value
        && address.Host.Contains('.') && !address.Host.StartsWith('.') && !address.Host.EndsWith('.');

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalar scalar => scalar.Value,
        YamlSequence => "[...]",
        _ => "{...}",
    };
}
