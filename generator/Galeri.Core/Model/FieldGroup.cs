using Galeri.Yaml;

namespace Galeri.Model;

/// <summary>
/// A group field (a map such as <c>kontak</c>) read as its declaration says: every declared field by
/// its type, by key (<see cref="FieldReading.Group"/>). <see cref="Reader"/> is for the rules beyond a
/// type, which need a field's position and name.
/// </summary>
internal sealed record FieldGroup(FieldReader Reader, IReadOnlyDictionary<string, object> Values)
{
    /// <summary>A text (text, URL, e-mail, phone, choice) field's value; null when absent or invalid (reported).</summary>
    public string? Text(string key) => Values.GetValueOrDefault(key) as string;

    /// <summary>A group inside this one, by key; null when absent or invalid (reported).</summary>
    public IReadOnlyDictionary<string, object>? Group(string key) => Values.GetValueOrDefault(key) as IReadOnlyDictionary<string, object>;
}
