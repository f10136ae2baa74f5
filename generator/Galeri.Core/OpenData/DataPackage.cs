using System.Text.Json;
using Galeri.Content;
using Galeri.Text;

namespace Galeri.OpenData;

/// <summary>
/// <c>data/datapackage.json</c>: a Frictionless Data Package (v1) describing the CSV (a tabular resource
/// with its Table Schema: each column's type, constraints and description) and the JSON, with the
/// licence from site.yml, so a CKAN portal such as Satu Data Indonesia takes the folder as it is.
/// </summary>
internal static class DataPackage
{
    public static byte[] Write(SiteContent content, IReadOnlyList<OpenDataColumn> columns)
    {
        var site = content.Site;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, OpenDataFiles.Indented))
        {
            json.WriteStartObject();
            json.WriteString("profile", "data-package");
            json.WriteString("name", PackageName(site.Title));
            json.WriteString("title", site.Title);
            if (site.Description is { } description) json.WriteString("description", description);
            if (site.BaseUrl is { } home) json.WriteString("homepage", home);
            if (site.License is { } license)
            {
                json.WriteStartArray("licenses");
                json.WriteStartObject();
                json.WriteString("name", license.Name);
                if (license.Title is { } title) json.WriteString("title", title);
                if (license.Url is { } url) json.WriteString("path", url);
                json.WriteEndObject();
                json.WriteEndArray();
            }
            json.WriteStartArray("contributors");
            json.WriteStartObject();
            json.WriteString("title", site.Organizer);
            json.WriteString("role", "publisher");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("resources");
            CsvResource(json, columns, site.Title);
            JsonResource(json, site);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void CsvResource(Utf8JsonWriter json, IReadOnlyList<OpenDataColumn> columns, string siteTitle)
    {
        json.WriteStartObject();
        json.WriteString("name", "inovasi");
        json.WriteString("path", Path.GetFileName(OpenDataPaths.Csv));
        json.WriteString("profile", "tabular-data-resource");
        json.WriteString("title", $"Daftar inovasi — {siteTitle}");
        json.WriteString("description", $"Satu baris per inovasi. Kolom berisi daftar memisahkan butirnya dengan \"{OpenDataColumns.ListSeparator.Trim()}\".");
        json.WriteString("format", "csv");
        json.WriteString("mediatype", "text/csv");
        json.WriteString("encoding", "utf-8");
        json.WriteStartObject("dialect");
        json.WriteString("delimiter", ",");
        json.WriteString("lineTerminator", "\r\n");
        json.WriteBoolean("header", true);
        json.WriteEndObject();
        json.WriteStartObject("schema");
        json.WriteStartArray("fields");
        foreach (var column in columns) Field(json, column);
        json.WriteEndArray();
        json.WriteString("primaryKey", "slug");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Field(Utf8JsonWriter json, OpenDataColumn column)
    {
        json.WriteStartObject();
        json.WriteString("name", column.Name);
        json.WriteString("type", column.Type);
        if (column.Format is { } format) json.WriteString("format", format);
        json.WriteString("description", column.Description);
        if (column.Required || column.Allowed.Count > 0)
        {
            json.WriteStartObject("constraints");
            if (column.Required) json.WriteBoolean("required", true);
            if (column.Allowed.Count > 0)
            {
                json.WriteStartArray("enum");
                foreach (var value in column.Allowed) json.WriteStringValue(value);
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void JsonResource(Utf8JsonWriter json, Site.SiteConfig site)
    {
        json.WriteStartObject();
        json.WriteString("name", "inovasi-lengkap");
        json.WriteString("path", Path.GetFileName(OpenDataPaths.Json));
        json.WriteString("profile", "data-resource");
        json.WriteString("title", "Seluruh kolom setiap inovasi");
        json.WriteString("description",
            $"Setiap butir \"inovasi\" memuat slug, alamat halaman, dan \"data\": seluruh kolom front matter inovasi, sesuai skema {site.AbsoluteUrl(Schema.InnovationSchema.SitePath) ?? Schema.InnovationSchema.SitePath}.");
        json.WriteString("format", "json");
        json.WriteString("mediatype", "application/json");
        json.WriteString("encoding", "utf-8");
        json.WriteEndObject();
    }

    /// <summary>The package's name: lower case letters, digits and '-' (the spec's pattern), from the site's title.</summary>
    private static string PackageName(string title) => Slugs.From(title) is { Length: > 0 } slug ? slug : "galeri-inovasi";
}
