using Galeri.Content;
using Galeri.Diagnostics;
using Galeri.Yaml;

namespace Galeri.Site;

public static class SiteConfigParser
{
    public static readonly IReadOnlyList<string> Fields = ["judul", "penyelenggara", "bahasa", "base_url", "deskripsi", "unggulan", "kontak"];

    /// <summary>The keys of <c>kontak</c>: the organiser's office, to whom studi tiru request letters go.</summary>
    public static readonly IReadOnlyList<string> ContactFields = ["unit", "alamat", "email", "telepon"];
    public static readonly IReadOnlyList<string> Languages = ["id", "en"];

    /// <param name="baseUrlOverride">The <c>--base-url</c> option, which wins over the file.</param>
    public static SiteConfig? Parse(SourceFile? file, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        if (file is null) return null;
        var map = YamlTreeReader.ReadMap(file.Text, file.DisplayPath, 0, diagnostics, "judul");
        if (map is null) return null;
        var fields = new FieldReader(map, file.DisplayPath, diagnostics);
        fields.RejectUnknownKeys(Fields);
        var title = fields.Text("judul", required: true);
        var organizer = fields.Text("penyelenggara", required: true);
        var language = fields.Choice("bahasa", Languages) ?? "id";
        var baseUrl = fields.Url("base_url");
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
            fields.Text("deskripsi"), fields.TextList("unggulan"), file.DisplayPath, ReadContact(fields.Nested("kontak")));
        return title is null || organizer is null ? null : config;
    }

    private static SiteContact? ReadContact(FieldReader? contact)
    {
        if (contact is null) return null;
        contact.RejectUnknownKeys(ContactFields);
        return new SiteContact(contact.Text("unit"), contact.Text("alamat"), contact.Email("email"), contact.Text("telepon"));
    }
}
