using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Galeri.OpenData;

/// <summary>Writes a value read by <see cref="EntryRecord"/> as JSON: the types the entry schema gives it.</summary>
internal static class JsonValues
{
    public static void Write(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case string text: json.WriteStringValue(text); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            case int number: json.WriteNumberValue(number); break;
            case long number: json.WriteNumberValue(number); break;
            case decimal number: json.WriteNumberValue(number); break;
            case DateOnly date: json.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case IDictionary<string, object> group:
                json.WriteStartObject();
                foreach (var (key, item) in group)
                {
                    json.WritePropertyName(key);
                    Write(json, item);
                }
                json.WriteEndObject();
                break;
            case IEnumerable items:
                json.WriteStartArray();
                foreach (var item in items) Write(json, item!);
                json.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"no JSON form for {value.GetType().Name}");
        }
    }
}
