using Galeri.Model;

namespace Galeri.Editor;

/// <summary>
/// A field of the content model as a Decap CMS widget: its Indonesian label and hint, whether it is
/// required, and the widget that lets a writer enter only what <c>galeri check</c> accepts (a select
/// for codes and vocabularies, a date picker writing TTTT-BB-HH, a number field with its range,
/// lists of objects for lists of groups). Works on any field tree, so a new field or content type
/// needs no code here.
/// </summary>
internal static class DecapWidgets
{
    /// <summary>What a code written in content/opd.yml and urusan.yml may look like (see CodeListReader).</summary>
    public const string CodePattern = "^[a-z0-9]+([-_][a-z0-9]+)*$";

    private const string DateFormat = "YYYY-MM-DD";

    public static List<Dictionary<string, object>> Of(IEnumerable<Field> fields, EditorVocabulary vocabulary) =>
        [.. fields.Select(f => Of(f, vocabulary))];

    public static Dictionary<string, object> Of(Field field, EditorVocabulary vocabulary)
    {
        var widget = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["name"] = field.Key,
            ["label"] = EditorLabels.Of(field.Key),
        };
        foreach (var (key, value) in Widget(field, vocabulary)) widget[key] = value;
        widget["required"] = field.Required;
        if (field.Hint.Length > 0) widget["hint"] = field.Hint;
        return widget;
    }

    private static IEnumerable<(string, object)> Widget(Field field, EditorVocabulary vocabulary) => field.Type switch
    {
        FieldType.LongText => [("widget", "text")],
        FieldType.Number => Number(field, "float"),
        FieldType.Integer or FieldType.Year => Number(field, "int"),
        FieldType.Date =>
        [
            ("widget", "datetime"), ("format", DateFormat), ("date_format", DateFormat), ("time_format", false), ("picker_utc", true),
        ],
        FieldType.Url => Text(@"^https?://\S+$", "Tulis alamat lengkap yang diawali https://"),
        FieldType.Email => Text(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", "Tulis alamat surel yang lengkap, misalnya dishub@magelangkota.go.id"),
        FieldType.Boolean => [("widget", "boolean"), ("default", false)],
        FieldType.Choice => Select(Choices(field, vocabulary), multiple: false),
        FieldType.Code when field.CodeList is { } list => Select(vocabulary.CodesOf(list), multiple: false),
        FieldType.Code => Text(CodePattern, "Hanya huruf kecil, angka, dan tanda - atau _ di antaranya"),
        FieldType.ImageFile => [("widget", "image"), ("choose_url", false)],
        FieldType.List => List(field, vocabulary),
        FieldType.Group => [("widget", "object"), ("collapsed", false), ("fields", Of(field.Fields, vocabulary))],
        _ => [("widget", "string")],
    };

    private static IEnumerable<(string, object)> List(Field field, EditorVocabulary vocabulary)
    {
        var item = field.Item!;
        return item.Type switch
        {
            FieldType.Group =>
            [
                ("widget", "list"), ("label_singular", EditorLabels.Of(field.Key)), ("collapsed", false),
                ("summary", "{{fields." + item.Fields[0].Key + "}}"), ("fields", Of(item.Fields, vocabulary)),
            ],
            FieldType.Choice => Select(Choices(item.Key.Length > 0 ? item : item with { Key = field.Key }, vocabulary), multiple: true),
            FieldType.Code when item.CodeList is { } list => Select(vocabulary.CodesOf(list), multiple: true),
            // One number per row; a bare list would write them as text.
            FieldType.Integer or FieldType.Number or FieldType.Year =>
                [("widget", "list"), ("field", Of(item with { Key = field.Key, Hint = "" }, vocabulary))],
            // A list without fields: one text box, items separated by commas.
            _ => [("widget", "list")],
        };
    }

    private static IEnumerable<(string, object)> Number(Field field, string valueType)
    {
        yield return ("widget", "number");
        yield return ("value_type", valueType);
        if (field.Minimum is { } min) yield return ("min", min);
        if (field.Maximum is { } max) yield return ("max", max);
        // As many decimals as the check accepts.
        if (valueType == "float") yield return ("step", 1m / (decimal)Math.Pow(10, Yaml.FieldReader.MaxDecimals));
    }

    private static IEnumerable<(string, object)> Text(string pattern, string message) =>
        [("widget", "string"), ("pattern", new List<object> { pattern, message })];

    private static IEnumerable<(string, object)> Select(IReadOnlyList<EditorOption> options, bool multiple)
    {
        yield return ("widget", "select");
        if (multiple) yield return ("multiple", true);
        yield return ("options", options.Select(o => new Dictionary<string, object> { ["label"] = o.Label, ["value"] = o.Value }).ToList());
    }

    /// <summary>The vocabulary's codes with the theme's labels for them.</summary>
    private static IReadOnlyList<EditorOption> Choices(Field field, EditorVocabulary vocabulary) =>
        [.. field.Values.Select(code => new EditorOption(code, vocabulary.Strings.Get(field.Key + "." + code, code)))];
}
