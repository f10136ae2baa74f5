using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Model;
using Galeri.Yaml;

namespace Galeri.Site;

/// <summary>
/// Reads <c>site.yml</c>: keys, types and what is required come from <see cref="SiteFields"/>; settings
/// without typed code below are read by their type alone (<see cref="SiteConfig.Values"/>). The rule
/// beyond a type, base_url's plain path, is here.
/// </summary>
internal static class SiteConfigParser
{
    private static readonly Field Shape = SiteFields.Site;

    /// <param name="baseUrlOverride">The <c>--base-url</c> option, which wins over the file.</param>
    public static SiteConfig? Parse(SourceFile? file, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        if (file is null) return null;
        var map = YamlTreeReader.ReadMap(file.Text, file.DisplayPath, 0, diagnostics, "judul");
        if (map is null) return null;
        var fields = new FieldReader(map, file.DisplayPath, diagnostics);
        fields.RejectUnknownKeys(Shape);
        var title = fields.Text(Shape, "judul");
        var organizer = fields.Text(Shape, "penyelenggara");
        var language = fields.Choice(Shape, "bahasa") ?? "id";
        var baseUrl = fields.Url(Shape, "base_url");
        if (baseUrl is not null && !FieldReader.IsBaseUrl(baseUrl))
        {
            diagnostics.Error(file.DisplayPath, fields.PositionOf("base_url"), "base_url", "base-url-invalid", baseUrl);
            baseUrl = null;
        }
        if (baseUrlOverride is not null)
        {
            // The command line checks it too; this keeps any other caller of the build from publishing a bad one.
            if (!FieldReader.IsBaseUrl(baseUrlOverride))
                diagnostics.Error(file.DisplayPath, SourcePosition.Start, "--base-url", "base-url-invalid", baseUrlOverride);
            baseUrl = baseUrlOverride;
        }
        var config = new SiteConfig(title ?? "", organizer ?? "", language,
            baseUrl is null ? null : baseUrl.TrimEnd('/') + "/",
            fields.Text(Shape, "deskripsi"), fields.Codes(Shape, "unggulan"), file.DisplayPath, Contact(fields.Group(Shape, "kontak")))
        {
            Editor = Editor.EditorSettingsParser.Parse(fields.Group(Shape, Editor.EditorSettingsParser.Key)),
            License = License(fields.Group(Shape, "lisensi")),
            // Last: the settings no typed read above has asked for.
            Values = fields.Untyped(Shape),
        };
        return title is null || organizer is null ? null : config;
    }

    // The sections are read by their declarations in SiteFields (FieldReading.Group): here they only get their record.
    private static SiteContact? Contact(FieldGroup? contact) => contact is null ? null
        : new SiteContact(contact.Text("unit"), contact.Text("alamat"), contact.Text("email"), contact.Text("telepon"));

    private static DataLicense? License(FieldGroup? license) => license?.Text("nama") is { } name
        ? new DataLicense(name, license.Text("judul"), license.Text("alamat"))
        : null;
}
