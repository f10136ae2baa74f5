using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Galeri.Content;
using Galeri.Entries;
using Galeri.Output;
using Galeri.Rendering;

namespace Galeri.OpenData;

/// <summary>
/// The catalog as open data for Satu Data: <c>data/inovasi.json</c> (every field of every entry, each
/// entry's <c>data</c> valid against the entry schema), <c>data/inovasi.csv</c> (one row per innovation,
/// UTF-8 with a byte-order mark so spreadsheets read it as UTF-8) and <c>data/datapackage.json</c>
/// describing both (<see cref="DataPackage"/>).
/// </summary>
internal static class OpenDataFiles
{
    internal static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="record">An entry's fields; the build session keeps them while the entry is unchanged.</param>
    /// <remarks>
    /// The two catalog files are written into a stream when needed (<see cref="OutputFile.Streamed"/>): <c>galeri build</c>
    /// puts them straight on disk, <c>galeri serve</c> makes them when a browser asks (they cost a rebuild about 0.25 s at 10,000 entries).
    /// </remarks>
    public static IEnumerable<OutputFile> Write(SiteContent content, Func<Innovation, IReadOnlyList<(Model.Field Field, object Value)>> record)
    {
        var rows = new Lazy<List<OpenDataRow>>(() => content.Innovations.AsParallel().AsOrdered().Select(entry => new OpenDataRow(entry,
            content.Site.AbsoluteUrl(SiteModel.EntryPath(entry.Slug)) ?? SiteModel.EntryPath(entry.Slug),
            record(entry).ToDictionary(v => v.Field.Key, v => v.Value, StringComparer.Ordinal))).ToList());
        var columns = OpenDataColumns.For(content);
        return
        [
            OutputFile.Streamed(OpenDataPaths.Json, stream => Json(stream, content, rows.Value)),
            OutputFile.Streamed(OpenDataPaths.Csv, stream => Csv(stream, columns, rows.Value)),
            new OutputFile(OpenDataPaths.Package, DataPackage.Write(content, columns), null),
        ];
    }

    private static void Json(Stream stream, SiteContent content, IReadOnlyList<OpenDataRow> rows)
    {
        using (var json = new Utf8JsonWriter(stream, Indented))
        {
            json.WriteStartObject();
            json.WriteString("judul", content.Site.Title);
            json.WriteString("penyelenggara", content.Site.Organizer);
            if (content.Site.License is { } license) json.WriteString("lisensi", license.Name);
            json.WriteString("skema", content.Site.AbsoluteUrl(Schema.InnovationSchema.SitePath) ?? Schema.InnovationSchema.SitePath);
            json.WriteNumber("jumlah", rows.Count);
            json.WriteStartArray("inovasi");
            foreach (var row in rows)
            {
                // Bytes go to the stream every few hundred rows, not all at the end.
                if (json.BytesPending > 64 * 1024) json.Flush();
                json.WriteStartObject();
                json.WriteString("slug", row.Entry.Slug);
                json.WriteString("halaman", row.Page);
                json.WritePropertyName("data");
                JsonValues.Write(json, row.Values);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    private static void Csv(Stream stream, IReadOnlyList<OpenDataColumn> columns, IReadOnlyList<OpenDataRow> rows)
    {
        stream.Write(Encoding.UTF8.GetPreamble());
        using var text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true);
        text.Write(string.Join(',', columns.Select(c => Quote(c.Name))));
        text.Write("\r\n");
        foreach (var row in rows)
        {
            text.Write(string.Join(',', columns.Select(c => Quote(c.Cell(row)))));
            text.Write("\r\n");
        }
    }

    /// <summary>RFC 4180: a cell holding a comma, a quote or a line break is quoted, its quotes doubled.</summary>
    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
