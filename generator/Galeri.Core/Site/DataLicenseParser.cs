using Galeri.Model;
using Galeri.Yaml;

namespace Galeri.Site;

/// <summary>Reads <c>lisensi</c> in site.yml, declared in <see cref="Model.SiteFields"/>: <c>nama</c> (required), <c>judul</c>, <c>alamat</c>.</summary>
internal static class DataLicenseParser
{
    /// <param name="shape">The section's declaration in the site settings' table (<see cref="SiteFields"/>).</param>
    public static DataLicense? Read(FieldReader fields, Field shape)
    {
        fields.RejectUnknownKeys(shape);
        var name = fields.Text("nama", required: true);
        var license = new DataLicense(name ?? "", fields.Text("judul"), fields.Url("alamat"));
        return name is null ? null : license;
    }
}
