using System.Text.Encodings.Web;
using System.Text.Json;
using Galeri.Diagnostics;

namespace Galeri.Cli.Formats;

/// <summary>A machine-readable list of problems, for editors and bots: one object per diagnostic, in report order.</summary>
public static class JsonDiagnostics
{
    public static void Write(IEnumerable<Diagnostic> diagnostics, Stream stream, string language)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        foreach (var d in diagnostics)
        {
            json.WriteStartObject();
            json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
            json.WriteString("file", d.File);
            json.WriteNumber("line", d.Line);
            json.WriteNumber("column", d.Column);
            json.WriteString("field", d.Field);
            json.WriteString("rule", d.Rule);
            json.WriteString("message", d.Message(language));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }
}
