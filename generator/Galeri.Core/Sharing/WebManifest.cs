using System.Text.Encodings.Web;
using System.Text.Json;
using Galeri.Output;
using Galeri.Site;

namespace Galeri.Sharing;

/// <summary><c>manifest.webmanifest</c>: the site's name, colours and icons, for "Add to home screen". Addresses are relative to it, so it works under a sub-path.</summary>
internal static class WebManifest
{
    public const string Path = "manifest.webmanifest";

    public static OutputFile Write(SiteConfig site, string shortName, bool hasIcons)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("name", site.Title);
            json.WriteString("short_name", shortName);
            if (site.Description is { } description) json.WriteString("description", description);
            json.WriteString("lang", site.Language);
            json.WriteString("start_url", "./");
            json.WriteString("scope", "./");
            json.WriteString("display", "standalone");
            json.WriteString("background_color", "#ffffff");
            json.WriteString("theme_color", "#0f5c6e");
            json.WriteStartArray("icons");
            if (hasIcons)
            {
                Icon(json, SiteIcons.Small, "192x192");
                Icon(json, SiteIcons.Large, "512x512");
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return new OutputFile(Path, stream.ToArray(), null);
    }

    private static void Icon(Utf8JsonWriter json, string src, string sizes)
    {
        json.WriteStartObject();
        json.WriteString("src", src);
        json.WriteString("sizes", sizes);
        json.WriteString("type", "image/png");
        json.WriteEndObject();
    }
}
